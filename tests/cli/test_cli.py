"""The command line as a user meets it: exit codes, formats, units, round files, help.

Plans are written by the tests into tmp_path (Markdown and text, fast to read) or copied
from examples/plans. Error paths go through the real entry point `main()`, the only place
that turns a SipcheckError into a message; see conftest.py for the three runners.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
import re
import shutil
from datetime import datetime
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest
import typer.main
import yaml
from conftest import ENV, EXAMPLES, GOOD_PLAN, REPO, WEAK_PLAN
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

import sipcheck
import sipcheck.review
from sipcheck.cli.app import app

GOLDEN = REPO / "tests" / "golden" / "review-2024-02.json"
SYMBOLS = ("✔", "◐", "✘")


@pytest.fixture
def two_units(write_files) -> Path:
    """arboga/good.md (a full plan) and koping/weak.txt (meeting notes)."""
    return write_files({"arboga/good.md": GOOD_PLAN, "koping/weak.txt": WEAK_PLAN})


def round_of(run) -> dict:
    data = json.loads(run.stdout)
    assert data["format"] == "sipcheck-round/1"
    return data


def without_created(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    del data["round"]["created"]
    return data


def plan_by_id(data: dict) -> dict[str, dict]:
    return {plan["id"]: plan for plan in data["plans"]}


def table_rows(stdout: str) -> dict[str, list[str]]:
    """Rows of the review table by their first cell (the plan id)."""
    rows = {}
    for line in stdout.splitlines():
        if line.startswith("│"):
            cells = [cell.strip() for cell in line.strip("│").split("│")]
            rows[cells[0]] = cells
    return rows


def detail_tables(stdout: str) -> dict[str, list[list[str]]]:
    """The --details tables by title, as rows of cell texts with wrapped lines joined."""
    tables: dict[str, list[list[list[str]]]] = {}  # title -> rows -> cells -> fragments
    rows: list[list[list[str]]] | None = None
    parts: list[list[str]] | None = None
    for line in stdout.splitlines():
        if re.match(r"^\S+ \(.+\) – (poäng|score) ", line):
            rows = tables.setdefault(line.strip(), [])
            parts = None
        elif rows is not None and line.startswith(("│", "┃")):
            cells = [cell.strip() for cell in line.strip()[1:-1].split(line[0])]
            if parts is None:
                parts = [[] for _ in cells]
                rows.append(parts)
            for fragments, cell in zip(parts, cells, strict=True):
                if cell:
                    fragments.append(cell)
        elif line.startswith(("├", "┡", "└")):
            parts = None
            if line.startswith("└"):
                rows = None
    return {title: [[" ".join(cell) for cell in row] for row in found]
            for title, found in tables.items()}


def criteria_count() -> int:
    data = yaml.safe_load((REPO / "checklists" / "kvalitetskollen.yaml").read_text("utf-8"))
    return len(data["criteria"])


# --- exit codes -----------------------------------------------------------------------------

def test_good_plans_exit_0(cli, two_units):
    run = cli("review", two_units)
    assert run.code == 0, run.stderr
    assert "arboga/good" in run.stdout and "koping/weak" in run.stdout


def test_fail_under_exits_1_when_a_plan_is_below(cli, two_units):
    data = round_of(cli("review", two_units, "--format", "json"))
    lowest = min(plan["score"]["percent"] for plan in data["plans"])
    assert lowest < 99
    assert cli("review", two_units, "--fail-under", "99").code == 1
    assert cli("review", two_units, "--fail-under", str(lowest)).code == 0


@pytest.mark.parametrize("bad_name, bad_content, status, word", [
    pytest.param("tom.pdf", b"", "unreadable", "kan inte läsas", id="empty-pdf"),
    pytest.param("gammal.doc", b"\xd0\xcf\x11\xe0 old word", "unsupported",
                 "format som inte läses", id="doc"),
])
def test_unreadable_document_exits_2_and_others_are_still_reviewed(
        cli, write_files, tmp_path, bad_name, bad_content, status, word):
    folder = write_files({"arboga/good.md": GOOD_PLAN, "koping/weak.txt": WEAK_PLAN,
                          f"koping/{bad_name}": bad_content})
    saved = tmp_path / "round.json"
    run = cli("review", folder, "--save", saved)
    assert run.code == 2
    rows = table_rows(run.stdout)
    assert "arboga/good" in rows and "koping/weak" in rows
    assert f"koping/{bad_name}" in run.stdout and word in run.stdout  # the remarks table
    data = json.loads(saved.read_text("utf-8"))
    plans = plan_by_id(data)
    assert set(plans) == {"arboga/good", "koping/weak", f"koping/{Path(bad_name).stem}"}
    bad = plans[f"koping/{Path(bad_name).stem}"]
    assert bad["status"] == status and bad["score"] is None and bad["problems"]
    assert plans["arboga/good"]["score"]["percent"] > 0
    assert data["summary"]["scored"] == 2 and data["summary"]["not_scored"] == 1


def test_missing_path_exits_2(sipcheck_main, tmp_path):
    missing = tmp_path / "finns-inte"
    run = sipcheck_main("review", missing)
    assert run.code == 2
    assert f"{missing} finns inte" in run.stderr
    assert run.stdout == ""


def test_folder_without_plans_exits_2(sipcheck_main, write_files):
    folder = write_files({"notes.json": "{}", "sub/readme.html": "<p>hej</p>",
                          ".dold.md": GOOD_PLAN, "sub/~$plan.docx": "lock"})
    run = sipcheck_main("review", folder)
    assert run.code == 2
    assert f"Inga planer hittades i {folder}" in run.stderr
    assert ".docx, .pdf, .md och .txt" in run.stderr


def test_unknown_checklist_exits_2_and_names_it(sipcheck_main, two_units):
    run = sipcheck_main("review", two_units, "--checklist", "nosuch")
    assert run.code == 2
    assert "Checklistan «nosuch» finns inte" in run.stderr
    assert "kvalitetskollen" in run.stderr  # the bundled ones are offered
    assert run.stdout == ""


def test_unknown_checklist_in_english(sipcheck_main, two_units):
    run = sipcheck_main("review", two_units, "-c", "nosuch", "--lang", "en")
    assert run.code == 2
    assert "The checklist 'nosuch' does not exist" in run.stderr


def test_invalid_format_is_a_usage_error(cli, two_units):
    run = cli("review", two_units, "--format", "xml")
    assert run.code == 2
    assert "--format" in run.stderr and "markdown" in run.stderr


@pytest.mark.parametrize("args, expected", [
    pytest.param(["review", "finns-inte"], "finns-inte finns inte", id="missing-path"),
    pytest.param(["review", "examples/plans/2024-02", "-c", "nosuch"], "«nosuch» finns inte",
                 id="unknown-checklist"),
    pytest.param(["review", "examples/plans/2024-02", "--fail-under", "101"], "--fail-under",
                 id="fail-under-out-of-range"),
])
def test_real_entry_point_reports_errors_without_traceback(sipcheck_process, args, expected):
    run = sipcheck_process(*args)  # the fixture asserts: no Traceback, no "Oväntat fel"
    assert run.code == 2
    assert expected in run.stderr
    assert run.stdout == ""


# --- formats --------------------------------------------------------------------------------

def test_table_shows_plans_units_symbols_share_and_legend(cli, two_units):
    run = cli("review", two_units)
    rows = table_rows(run.stdout)
    assert rows["arboga/good"][1] == "arboga" and rows["koping/weak"][1] == "koping"
    n = criteria_count()
    for plan_id in ("arboga/good", "koping/weak"):
        assert len(rows[plan_id]) == n + 3  # plan, unit, one per criterion, score
        assert all(cell in SYMBOLS for cell in rows[plan_id][2:-1])
        assert rows[plan_id][-1].split()[1] == "%"
    assert "✔" in rows["arboga/good"] and "✘" in rows["koping/weak"]
    assert "Andel %" in rows
    assert "Andel %: andel av planerna (%) som uppfyller kriteriet." in run.stdout
    header = next(line for line in run.stdout.splitlines() if line.startswith("┃"))
    assert [h.strip() for h in header.strip("┃").split("┃")][:3] == ["Plan", "Enhet", "Syfte"]
    for words in ("✔ Uppfyllt", "◐ Delvis uppfyllt", "✘ Ej uppfyllt", "– Ej tillämpligt",
                  "§ saknar lagkrav", "Syfte: Syftet framgår", "Medelpoäng:"):
        assert words in run.stdout


def test_table_marks_a_partly_fulfilled_criterion(cli):
    run = cli("review", EXAMPLES / "2024-02" / "koping" / "sip-02.md")
    assert "◐" in table_rows(run.stdout)["sip-02"]


def test_details_show_evidence_locations_and_reasons(cli, write_files):
    folder = write_files({"arboga/good.md": GOOD_PLAN})
    shutil.copy(EXAMPLES / "2024-02" / "arboga" / "sip-01.docx", folder / "arboga" / "word.docx")
    run = cli("review", folder, "--details")
    assert run.code == 0
    tables = detail_tables(run.stdout)
    assert [title.split(" – ")[0] for title in tables] == [
        "arboga/good (arboga/good.md)", "arboga/word (arboga/word.docx)"]
    assert all(" – poäng " in title and title.endswith(" %") for title in tables)
    markdown, word = (tables[title] for title in tables)
    assert markdown[0] == ["Kriterium", "Nivå", "Belägg", "Motivering"]
    rows = {row[0]: row for row in markdown[1:]}
    assert len(rows) == criteria_count()
    lines = GOOD_PLAN.splitlines()
    question = lines.index("- Hur kan Mio vara i skolan utan att det blir för mycket?") + 1
    assert rows["Frågeställningar framgår"][2].startswith(
        "”Hur kan Mio vara i skolan utan att det blir för mycket?” "
        f"(rad i texten {question} – under rubriken ”Frågeställningar”)")
    first_row = next(i for i, line in enumerate(lines, 1) if line.startswith("| Samtal med"))
    measures = rows["Insatser beskrivs konkret"][2]
    assert "| Behandlare, BUP Västmanland |" in measures
    assert f"(rad i texten {first_row}, tabell 1, rad 2, cell 1 – under rubriken ”Insatser”)" \
        in measures
    for row in markdown[1:] + word[1:]:
        assert row[1].split()[0] in ("✔", "◐", "✘", "–")
        assert row[2] == "inget belägg i planen" or row[2].endswith(")")
        assert row[3].endswith(".")
        if not row[1].startswith("✔"):
            assert "– för uppfyllt krävs: " in row[3]  # the best level, never a middle one
    evidence = " ".join(row[2] for row in word[1:])
    under = r"( – under rubriken ”[^”]+”)?"
    assert re.search(rf"” \(stycke \d+{under}\)", evidence)
    assert re.search(rf"” \(tabell \d+, rad \d+, cell \d+{under}\)", evidence)
    assert "– under rubriken ”Deltagare”" in evidence


def test_json_has_every_key_of_the_round_format(cli, two_units):
    data = round_of(cli("review", two_units, "--format", "json"))
    assert {"format", "tool", "round", "checklist", "plans", "summary"} <= set(data)
    assert data["tool"]["name"] == "sipcheck"
    assert data["tool"]["version"] == sipcheck.__version__
    assert data["round"]["name"] is None
    assert datetime.fromisoformat(data["round"]["created"]).tzinfo is not None
    checklist = data["checklist"]
    assert {"id", "version", "sha256", "levels", "criteria"} <= set(checklist)
    assert checklist["id"] == "kvalitetskollen"
    assert len(checklist["sha256"]) == 64 and int(checklist["sha256"], 16) >= 0
    assert [lv["symbol"] for lv in checklist["levels"]][:3] == list(SYMBOLS)
    criterion_ids = [c["id"] for c in checklist["criteria"]]
    assert len(criterion_ids) == criteria_count()
    level_ids = {lv["id"] for lv in checklist["levels"]}
    assert [p["id"] for p in data["plans"]] == ["arboga/good", "koping/weak"]
    for plan in data["plans"]:
        assert {"id", "file", "unit", "status", "problems", "score", "criteria"} <= set(plan)
        assert plan["status"] == "ok"
        assert [c["id"] for c in plan["criteria"]] == criterion_ids
        for result in plan["criteria"]:
            assert {"id", "level", "points", "max", "evidence", "reason"} <= set(result)
            assert result["level"] in level_ids and result["reason"]
            for item in result["evidence"]:
                assert {"text", "where"} <= set(item) and item["text"]
        points = sum(r["points"] or 0 for r in plan["criteria"])
        assert plan["score"]["points"] == points
        assert plan["score"]["max"] == sum(r["max"] for r in plan["criteria"])
    good = plan_by_id(data)["arboga/good"]
    assert any(e["where"].get("table") for r in good["criteria"] for e in r["evidence"])
    assert data["summary"]["plans"] == 2 and data["summary"]["scored"] == 2
    assert [c["id"] for c in data["summary"]["criteria"]] == criterion_ids


def percents(cli, folder: Path, decimal: str) -> set[tuple[str, str]]:
    """(plan, percent) as the CSV should write them, from the JSON of the same review."""
    data = round_of(cli("review", folder, "--format", "json"))
    found = {(p["id"], f"{p['score']['percent']:g}".replace(".", decimal)) for p in data["plans"]}
    assert any(decimal in percent for _, percent in found)  # one score is not a whole number
    return found


def test_csv_is_semicolon_separated_swedish_with_bom(cli, two_units):
    run = cli("review", two_units, "--format", "csv")
    assert run.code == 0
    assert run.stdout.startswith("\ufeffplan;file;unit;unit_name;status;criterion;")
    rows = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 2 * criteria_count()
    assert {row["plan"] for row in rows} == {"arboga/good", "koping/weak"}
    assert {row["unit"] for row in rows} == {"arboga", "koping"}
    assert "Syftet framgår" in {row["criterion_title"] for row in rows}
    assert {row["level_label"] for row in rows} <= {"Uppfyllt", "Delvis uppfyllt",
                                                    "Ej uppfyllt", "Ej tillämpligt"}
    assert {(row["plan"], row["plan_percent"]) for row in rows} == percents(cli, two_units, ",")
    assert any("krävs" in row["reason"] for row in rows)


def test_csv_in_english_is_comma_separated(cli, two_units):
    run = cli("review", two_units, "--format", "csv", "--lang", "en")
    assert run.stdout.startswith("\ufeffplan,file,unit,unit_name,status,criterion,")
    rows = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    assert len(rows) == 2 * criteria_count()
    assert "The purpose is stated" in {row["criterion_title"] for row in rows}
    assert {row["level_label"] for row in rows} <= {"Fulfilled", "Partly fulfilled",
                                                    "Not fulfilled", "Not applicable"}
    assert {(row["plan"], row["plan_percent"]) for row in rows} == percents(cli, two_units, ".")
    assert any("requires:" in row["reason"] for row in rows)


def test_markdown_is_a_pipe_table_with_one_row_per_plan(cli, two_units):
    run = cli("review", two_units, "--format", "markdown")
    assert run.code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "# Granskning av SIP"
    table = [line for line in lines if line.startswith("|")]
    n = criteria_count()
    assert table[0].startswith("| Plan | Enhet | Syfte |") and table[0].endswith("| Poäng |")
    assert table[1].startswith("|---|---|:-:|")
    body = table[2:2 + 3]
    assert [row.split(" | ")[0] for row in body] == ["| arboga/good", "| koping/weak",
                                                     "| **Andel uppfyllt**"]
    for row in [table[0], *body]:
        assert row.count(" | ") == n + 2  # plan, unit, criteria, score: n + 3 cells
    assert sum(1 for row in table if "arboga/good" in row) == 1
    assert "**Förklaring:** ✔ Uppfyllt" in run.stdout


# --- language -------------------------------------------------------------------------------

def test_english_table_details_and_reasons(cli, two_units):
    run = cli("review", two_units, "--lang", "en", "--details")
    out = run.stdout
    header = next(line for line in out.splitlines() if line.startswith("┃"))
    cells = [h.strip() for h in header.strip("┃").split("┃")]
    assert cells[:3] == ["Plan", "Unit", "Purpose"] and cells[-1] == "Score"
    assert "Share %: share of plans (%) that fulfil the criterion." in out
    assert "✔ Fulfilled" in out and "Mean score:" in out
    tables = detail_tables(out)
    good = tables[next(title for title in tables if title.startswith("arboga/good"))]
    assert good[0] == ["Criterion", "Level", "Evidence", "Reason"]
    rows = {row[0]: row for row in good[1:]}
    assert rows["Interventions are concrete"][1] in ("✔ Fulfilled", "◐ Partly fulfilled")
    assert ", table 1, row 2, cell 1 – under the heading “Insatser”)" in \
        rows["Interventions are concrete"][2]
    assert "(line " in rows["Questions for the meeting are stated"][2]
    assert "requires:" in out
    for swedish in ("Andel", "Enhet", "Belägg", "krävs", "rad i texten", "Anmärkningar"):
        assert swedish not in out
    data = round_of(cli("review", two_units, "--format", "json", "--lang", "en"))
    weak = plan_by_id(data)["koping/weak"]
    reasons = [r["reason"] for r in weak["criteria"]]
    assert any("requires:" in reason for reason in reasons)
    assert not any("krävs" in reason for reason in reasons)
    assert weak["problems"][0]["message"].startswith("Only 0 of a plan's usual sections")


def test_lang_from_environment():
    result = CliRunner().invoke(app, ["checklist", "list"], env={**ENV, "SIPCHECK_LANG": "en"})
    assert result.exit_code == 0
    assert "Quality check" in result.stdout and "Criteria" in result.stdout


# --- units and discovery --------------------------------------------------------------------

def test_units_from_first_subfolder_and_files_directly_in_folder(cli, write_files):
    folder = write_files({
        "arboga/good.md": GOOD_PLAN,
        "arboga/2024/vår/weak.txt": WEAK_PLAN,  # deeper: still the first sub-folder
        "direkt.md": GOOD_PLAN,
        ".dold.md": GOOD_PLAN,  # hidden file
        ".git/gammal.md": GOOD_PLAN,  # hidden folder
        "arboga/~$good.docx": b"\x00lock",  # Word lock file
        "arboga/~$weak.md": GOOD_PLAN,
    })
    run = cli("review", folder, "--format", "json")
    assert run.code == 0, run.stdout
    plans = plan_by_id(round_of(run))
    assert {p: (v["file"], v["unit"], v["date"]) for p, v in plans.items()} == {
        "arboga/good": ("arboga/good.md", "arboga", None),
        "arboga/2024/vår/weak": ("arboga/2024/vår/weak.txt", "arboga", None),
        "direkt": ("direkt.md", None, None),
    }
    rows = table_rows(cli("review", folder).stdout)
    assert rows["direkt"][1] == "–"  # no unit


@pytest.mark.parametrize("manifest", [
    pytest.param("file,unit,date\narboga/good.md,Region Västmanland,2024-03-01\n"
                 "direkt.md,Köping,\n", id="commas"),
    pytest.param("\ufefffile;unit;date\r\narboga/good.md;Region Västmanland;2024-03-01\r\n"
                 "direkt.md;Köping;\r\n", id="swedish-excel"),  # BOM, semicolons, CRLF
])
def test_plans_csv_overrides_unit_and_date(cli, write_files, manifest):
    folder = write_files({"arboga/good.md": GOOD_PLAN, "koping/weak.txt": WEAK_PLAN,
                          "direkt.md": GOOD_PLAN, "plans.csv": manifest})
    data = round_of(cli("review", folder, "--format", "json"))
    plans = plan_by_id(data)
    assert set(plans) == {"arboga/good", "koping/weak", "direkt"}  # plans.csv is no plan
    assert (plans["arboga/good"]["unit"], plans["arboga/good"]["date"]) == (
        "Region Västmanland", "2024-03-01")
    assert (plans["direkt"]["unit"], plans["direkt"]["date"]) == ("Köping", None)
    assert (plans["koping/weak"]["unit"], plans["koping/weak"]["date"]) == ("koping", None)


def test_two_folders_with_the_same_layout_keep_plans_apart(cli, write_files):
    """BUG: reviewing two rounds or regions at once (`review 2024-02 2024-09`) gives both
    arboga/plan files the same id "arboga/arboga/plan" and the same file "arboga/plan.md",
    so the table, the CSV and the round file cannot tell the two plans apart."""
    norr = write_files({"arboga/plan.md": GOOD_PLAN}, folder="norr")
    syd = write_files({"arboga/plan.md": WEAK_PLAN}, folder="syd")
    data = round_of(cli("review", norr, syd, "--format", "json"))
    ids = [plan["id"] for plan in data["plans"]]
    assert len(ids) == 2
    assert len(set(ids)) == 2, ids
    assert len({(plan["id"], plan["file"]) for plan in data["plans"]}) == 2


@pytest.mark.parametrize("manifest", [
    pytest.param("file\narboga/good.md\n", id="only-file-column"),
    pytest.param("\nfile,unit,date\narboga/good.md,Väst,\n", id="blank-first-line"),
])
def test_odd_plans_csv_never_crashes(sipcheck_main, write_files, manifest):
    """BUG: csv.Sniffer fails on these ("Could not determine delimiter"), and sipcheck
    answers with "Oväntat fel … rapportera felet" instead of reviewing or explaining."""
    folder = write_files({"arboga/good.md": GOOD_PLAN, "plans.csv": manifest})
    run = sipcheck_main("review", folder, "--format", "json")
    assert run.code in (0, 2)
    if run.code == 2:
        assert "plans.csv" in run.stderr
    else:
        assert plan_by_id(json.loads(run.stdout))["arboga/good"]["status"] == "ok"


def test_a_single_file_can_be_reviewed(cli, write_files):
    folder = write_files({"arboga/good.md": GOOD_PLAN})
    data = round_of(cli("review", folder / "arboga" / "good.md", "--format", "json"))
    assert [(p["id"], p["file"], p["unit"]) for p in data["plans"]] == [("good", "good.md",
                                                                          None)]


def test_custom_checklist_file(cli, two_units, tmp_path):
    checklist = tmp_path / "mini.yaml"
    checklist.write_text(
        "id: mini\ntitle: Mini\nsections:\n  purpose: [Syfte, Syfte med SIP]\ncriteria:\n"
        "  - id: syfte\n    title: Syftet finns\n    short: Syftet\n    rules:\n"
        "      - level: uppfyllt\n        when: {kind: section, section: purpose}\n",
        encoding="utf-8")
    run = cli("review", two_units, "--checklist", checklist, "--format", "json")
    data = round_of(run)
    assert data["checklist"]["id"] == "mini"
    assert [c["id"] for c in data["checklist"]["criteria"]] == ["syfte"]
    levels = {p["id"]: p["criteria"][0]["level"] for p in data["plans"]}
    assert levels == {"arboga/good": "uppfyllt", "koping/weak": "ej_uppfyllt"}


# --- remarks --------------------------------------------------------------------------------

def test_remark_for_notes_that_are_no_plan_is_worded_for_people(cli, two_units):
    """BUG: the Status column of the remarks shows the internal code "not_a_plan" where a
    Swedish (or English) word belongs; unreadable files get "kan inte läsas" there."""
    for lang, message in (("sv", "Bara 0 av planens vanliga avsnitt"),
                          ("en", "Only 0 of a plan's usual sections")):
        out = cli("review", two_units, "--lang", lang).stdout
        assert message in out
        assert "not_a_plan" not in out
        markdown = cli("review", two_units, "--lang", lang, "--format", "markdown").stdout
        assert "not_a_plan" not in markdown


# --- round files ----------------------------------------------------------------------------

def test_save_writes_the_same_json_as_format_json(cli, two_units, tmp_path):
    saved = tmp_path / "omgang.json"
    printed = round_of(cli("review", two_units, "--format", "json"))
    run = cli("review", two_units, "--save", saved)
    assert run.code == 0
    assert f"Omgången sparades i {saved}." in run.stderr
    assert table_rows(run.stdout)  # the table is still shown
    text = saved.read_text("utf-8")
    assert text.endswith("}\n") and "Västmanland" in text  # UTF-8, not \u escapes
    saved_round = json.loads(text)
    # the saved round also says where its plans are, relative to itself (for assess)
    assert saved_round.pop("plans_folders") == ["plans"]
    assert without_created(saved_round) == without_created(printed)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omgang.json", "plans"]


def test_save_refuses_to_overwrite_before_reading_any_plan(sipcheck_main, two_units, tmp_path,
                                                           monkeypatch):
    saved = tmp_path / "omgang.json"
    saved.write_text("förra omgången\n", encoding="utf-8")
    read = []
    real_read = sipcheck.review.read_document
    monkeypatch.setattr(sipcheck.review, "read_document",
                        lambda path: read.append(path) or real_read(path))
    run = sipcheck_main("review", two_units, "--save", saved)
    assert run.code == 2
    assert f"{saved} finns redan" in run.stderr and "--force" in run.stderr
    assert run.stdout == ""  # no review was shown
    assert read == []
    assert saved.read_text("utf-8") == "förra omgången\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omgang.json", "plans"]

    run = sipcheck_main("review", two_units, "--save", saved, "--lang", "en")
    assert run.code == 2 and "already exists" in run.stderr and "--force" in run.stderr


def test_save_with_force_replaces_the_file(cli, two_units, tmp_path):
    saved = tmp_path / "omgang.json"
    saved.write_text("förra omgången\n", encoding="utf-8")
    run = cli("review", two_units, "--save", saved, "--force", "--round", "2024-09")
    assert run.code == 0
    data = json.loads(saved.read_text("utf-8"))
    assert data["format"] == "sipcheck-round/1"
    assert data["round"]["name"] == "2024-09"
    assert "2024-09" in run.stdout.splitlines()[0]  # the table's title
    assert [p["id"] for p in data["plans"]] == ["arboga/good", "koping/weak"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["omgang.json", "plans"]


def test_save_creates_missing_folders(cli, two_units, tmp_path):
    saved = tmp_path / "omgangar" / "2024" / "ht.json"
    assert cli("review", two_units, "--save", saved, "--format", "json").code == 0
    assert json.loads(saved.read_text("utf-8"))["format"] == "sipcheck-round/1"
    assert [p.name for p in saved.parent.iterdir()] == ["ht.json"]


def test_save_onto_a_folder_gives_a_clear_message(sipcheck_main, two_units, tmp_path):
    """BUG: `--save <existing folder> --force` ends in "Oväntat fel (IsADirectoryError …)",
    after the whole review has been printed."""
    folder = tmp_path / "omgangar"
    folder.mkdir()
    run = sipcheck_main("review", two_units, "--save", folder, "--force")
    assert run.code == 2
    assert str(folder) in run.stderr
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "omgangar", "plans"]


def test_round_name_is_stored(cli, two_units):
    data = round_of(cli("review", two_units, "--format", "json", "--round", "2024-09"))
    assert data["round"]["name"] == "2024-09"
    markdown = cli("review", two_units, "--format", "markdown", "--round", "2024-09").stdout
    assert markdown.startswith("# Granskning av SIP – 2024-09\n")


# --- golden round ---------------------------------------------------------------------------

def _normalised(data: dict) -> dict:
    data = without_created(data)
    del data["tool"]["version"]
    return data


def test_golden_review_2024_02(cli):
    run = cli("review", EXAMPLES / "2024-02", "--format", "json")
    assert run.code == 0, run.stderr
    actual = _normalised(round_of(run))
    text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
    how = ("SIPCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/cli/test_cli.py -k golden "
           "rewrites it; look at the diff before committing")
    if os.environ.get("SIPCHECK_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
        return
    if not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
        pytest.fail(f"{GOLDEN} did not exist and has been written: check it and run again. "
                    f"({how}.)")
    expected = GOLDEN.read_text("utf-8")
    if text != expected:
        diff = list(difflib.unified_diff(expected.splitlines(), text.splitlines(),
                                         "golden", "now", lineterm="", n=2))
        pytest.fail(f"The review of examples/plans/2024-02 differs from {GOLDEN.name} "
                    f"({how}):\n" + "\n".join(diff[:80]))


# --- help, version, checklist commands ------------------------------------------------------

def _commands(command, path=()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_top_level_help_lists_the_commands(cli):
    run = cli("--help")
    assert run.code == 0
    assert "Kvalitetsgranskning av samordnade individuella planer" in run.stdout
    for line_start in ("│ review ", "│ checklist "):
        assert any(line.startswith(line_start) for line in run.stdout.splitlines())
    sub = cli("checklist", "--help").stdout
    for name in ("list", "schema", "validate"):
        assert f"│ {name} " in sub


@pytest.mark.parametrize("path, command", COMMANDS,
                         ids=[" ".join(path) or "sipcheck" for path, _ in COMMANDS])
def test_every_command_and_option_is_documented(cli, path, command):
    assert command.help and command.help.strip(), f"{' '.join(path)} has no help text"
    for param in command.params:
        assert getattr(param, "help", None), f"{' '.join(path)}: {param.name} has no help"
    run = cli(*path, "--help")
    assert run.code == 0
    assert command.help.strip().splitlines()[0] in run.stdout


def test_version(cli):
    run = cli("--version")
    assert run.code == 0
    assert run.stdout == f"sipcheck {sipcheck.__version__}\n"
    assert sipcheck.__version__ == installed_version("sipcheck")


def test_no_arguments_shows_help(cli):
    run = cli()
    assert "Användning: sipcheck" in run.stdout and "│ review " in run.stdout
    assert "Kommandon" in run.stdout and "Usage" not in run.stdout


def test_checklist_schema_is_a_valid_json_schema(cli):
    run = cli("checklist", "schema")
    assert run.code == 0
    schema = json.loads(run.stdout)
    Draft202012Validator.check_schema(schema)
    bundled = yaml.safe_load((REPO / "checklists" / "kvalitetskollen.yaml").read_text("utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(bundled)) == []


def test_checklist_list(cli):
    run = cli("checklist", "list")
    assert run.code == 0
    row = next(line for line in run.stdout.splitlines() if "kvalitetskollen" in line)
    cells = [cell.strip() for cell in row.strip("│").split("│")]
    assert cells == ["kvalitetskollen", "Kvalitetskollen", str(criteria_count())]
    assert "Namn" in run.stdout and "Kriterier" in run.stdout


def test_checklist_validate_bundled(cli, monkeypatch):
    monkeypatch.chdir(REPO)
    run = cli("checklist", "validate", "checklists/kvalitetskollen.yaml",
              env={"TTY_COMPATIBLE": "1"})
    assert run.code == 0
    assert run.stdout == "checklists/kvalitetskollen.yaml: giltig\n"
    ci = cli("checklist", "validate", "checklists/kvalitetskollen.yaml")  # no terminal
    assert (ci.code, ci.stdout, ci.stderr) == (0, "", "")
    run = cli("checklist", "validate", "kvalitetskollen", "--lang", "en",
              env={"TTY_COMPATIBLE": "1"})
    assert run.code == 0 and run.stdout == "kvalitetskollen.yaml: valid\n"


def test_narrow_terminal_numbers_the_criteria_and_keeps_plan_ids_whole(write_files):
    """At 80 columns twelve named columns do not fit: they are numbered, the legend says
    which is which, and no plan id or score is cut."""
    import subprocess
    import sys

    folder = write_files({"arboga/sip-long-name-01.md": GOOD_PLAN,
                          "koping/sip-02.md": GOOD_PLAN})
    done = subprocess.run([sys.executable, "-m", "sipcheck", "review", str(folder)],
                          capture_output=True, text=True,
                          env={k: v for k, v in {**os.environ, **ENV, "COLUMNS": "80"}.items()
                               if v is not None})
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any(line.split()[:3] == ["Plan", "1", "2"] for line in lines)
    plan_rows = [line for line in lines if line.lstrip().startswith(("arboga/", "koping/"))]
    assert len(plan_rows) == 2 and all(re.search(r"\d+ %", line) for line in plan_rows)
    assert "…" not in done.stdout  # a long id folds onto a second line, never cut
    assert "1 Syfte: Syftet framgår" in done.stdout
