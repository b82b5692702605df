"""`sipcheck checklist validate`: every kind of mistake as `file:line:column: message`.

Each broken checklist is a small valid one (BASE, two criteria) with one change, written to
tmp_path. The exact text matters: SIP experts edit these files by hand and an editor or
CI jumps to `file:line:column`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOOD_PLAN, REPO

import sipcheck.review

BASE = """\
id: mini
title: Mini
sections:
  purpose: [Syfte, Syfte med SIP]
terms:
  goal: ['\\bmål\\w*']
criteria:
  - id: syfte
    title: Syftet framgår
    rules:
      - level: uppfyllt
        when: {kind: section, section: purpose}
  - id: mal
    title: Målet framgår
    weight: 2
    rules:
      - level: uppfyllt
        when:
          kind: pattern
          patterns: ['@goal', 'vill\\s+kunna']
"""
LEVELS = "uppfyllt, delvis, ej_uppfyllt, ej_tillampligt"


def broken(tmp_path: Path, *changes: tuple[str, str], name: str = "broken.yaml") -> Path:
    """BASE with each (old, new) replaced once, written to tmp_path/name (cwd-relative)."""
    text = BASE
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def validate(cli, tmp_path, monkeypatch):
    """validate(*args) with tmp_path as the working directory, so names stay short."""
    monkeypatch.chdir(tmp_path)
    return lambda *args: cli("checklist", "validate", *args)


def test_base_checklist_is_valid(validate, tmp_path):
    broken(tmp_path)
    run = validate("broken.yaml")
    assert run.code == 0
    assert run.stdout == "broken.yaml: giltig\n" and run.stderr == ""


@pytest.mark.parametrize("changes, expected", [
    pytest.param([("title: Mini", "title: Mini: liten")],
                 "broken.yaml:2:12: YAML-fel: mapping values are not allowed here.",
                 id="yaml-syntax"),
    pytest.param([("title: Mini\n", "title: Mini\ntitel: Mini\n")],
                 "broken.yaml:3:1: okänd nyckel «titel». Menade du «title»?",
                 id="unknown-top-level-key"),
    pytest.param([("    weight: 2", "    wieght: 2")],
                 "broken.yaml:15:5: okänd nyckel «wieght». Menade du «weight»?",
                 id="unknown-criterion-key"),
    pytest.param([("weight: 2", 'weight: "tung"')],
                 "broken.yaml:15:13: criteria.1.weight ska vara ett tal.",
                 id="wrong-type"),
    pytest.param([("    title: Målet framgår\n", "")],
                 "broken.yaml:13:5: criteria.1: nyckeln «title» saknas.",
                 id="missing-required-key"),
    pytest.param([("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n")],
                 f"broken.yaml:17:16: nivån «bra» är inte definierad; välj en av: {LEVELS}.",
                 id="undefined-level"),
    pytest.param([("section: purpose}", "section: syftet}")],
                 "broken.yaml:12:40: avsnittet «syftet» finns inte under sections.",
                 id="undefined-section"),
    pytest.param([("'@goal'", "'@mål'")],
                 "broken.yaml:20:22: termlistan «mål» finns inte under terms.",
                 id="undefined-term"),
    pytest.param([("'vill\\s+kunna'", "'vill (kunna'")],
                 "broken.yaml:20:31: det reguljära uttrycket «vill (kunna» går inte att tolka: "
                 "missing ), unterminated subpattern.",
                 id="bad-regex"),
    pytest.param([("id: mal", "id: syfte")],
                 "broken.yaml:13:9: kriteriet «syfte» finns redan.",
                 id="duplicate-criterion-id"),
    pytest.param([("kind: pattern", "kind: mönster")],
                 "broken.yaml:19:17: criteria.1.rules.0.when.kind: «mönster» är inte tillåtet; "
                 "välj en av: section, pattern, question, first_person, date, table_rows, "
                 "participants, lix.",
                 id="unknown-kind"),
])
def test_each_problem_is_positioned_and_worded(validate, tmp_path, changes, expected):
    broken(tmp_path, *changes)
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr == expected + "\n"
    assert run.stdout == ""


@pytest.mark.parametrize("changes, expected", [
    pytest.param([("title: Mini\n", "title: Mini\ntitel: Mini\n")],
                 "broken.yaml:3:1: unknown key 'titel'. Did you mean 'title'?",
                 id="unknown-key"),
    pytest.param([("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n")],
                 f"broken.yaml:17:16: the level 'bra' is not defined; choose one of: {LEVELS}.",
                 id="undefined-level"),
    pytest.param([("title: Mini", "title: Mini: liten")],
                 "broken.yaml:2:12: YAML error: mapping values are not allowed here.",
                 id="yaml-syntax"),
])
def test_problems_in_english(validate, tmp_path, changes, expected):
    broken(tmp_path, *changes)
    run = validate("broken.yaml", "--lang", "en")
    assert run.code == 2
    assert run.stderr == expected + "\n"


def test_all_semantic_problems_are_reported_at_once(validate, tmp_path):
    broken(tmp_path,
           ("section: purpose}", "section: syftet}"),
           ("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n"),
           ("id: mal", "id: syfte"),
           ("['@goal', 'vill\\s+kunna']", "['@mål', 'vill (kunna']"))
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "broken.yaml:12:40: avsnittet «syftet» finns inte under sections.",
        "broken.yaml:13:9: kriteriet «syfte» finns redan.",
        f"broken.yaml:17:16: nivån «bra» är inte definierad; välj en av: {LEVELS}.",
        "broken.yaml:20:22: termlistan «mål» finns inte under terms.",
        "broken.yaml:20:30: det reguljära uttrycket «vill (kunna» går inte att tolka: "
        "missing ), unterminated subpattern.",
    ]


def test_all_schema_problems_are_reported_at_once(validate, tmp_path):
    broken(tmp_path,
           ("title: Mini\n", "title: Mini\ntitel: Mini\n"),
           ("    title: Syftet framgår\n", ""),
           ("weight: 2", "weight: tung"))
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "broken.yaml:3:1: okänd nyckel «titel». Menade du «title»?",
        "broken.yaml:9:5: criteria.0: nyckeln «title» saknas.",
        "broken.yaml:15:13: criteria.1.weight ska vara ett tal.",
    ]


def test_several_files_valid_broken_and_missing(validate, tmp_path):
    broken(tmp_path, name="ok.yaml")
    broken(tmp_path, ("id: mal", "id: syfte"))
    run = validate("ok.yaml", "broken.yaml", "saknas.yaml")
    assert run.code == 2
    assert run.stdout == "ok.yaml: giltig\n"
    assert run.stderr.splitlines()[0] == "broken.yaml:13:9: kriteriet «syfte» finns redan."
    assert "Checklistan «saknas.yaml» finns inte." in run.stderr


@pytest.mark.parametrize("text", ["", "- id: mini\n", "bara text\n"])
def test_a_file_that_is_not_a_mapping(validate, tmp_path, text):
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr == ("broken.yaml:1:1: checklistan ska vara en YAML-mappning med nycklar "
                          "som id, title och criteria.\n")


def test_review_refuses_a_broken_checklist_before_reading_plans(sipcheck_main, write_files,
                                                                tmp_path, monkeypatch):
    plans = write_files({"arboga/good.md": GOOD_PLAN})
    broken(tmp_path, ("    weight: 2", "    wieght: 2"))
    read = []
    real_read = sipcheck.review.read_document
    monkeypatch.setattr(sipcheck.review, "read_document",
                        lambda path: read.append(path) or real_read(path))
    monkeypatch.chdir(tmp_path)
    run = sipcheck_main("review", plans, "--checklist", "broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "Checklistan broken.yaml är ogiltig (1 fel):",
        "broken.yaml:15:5: okänd nyckel «wieght». Menade du «weight»?",
    ]
    assert run.stdout == "" and read == []

    run = sipcheck_main("review", plans, "-c", "broken.yaml", "--lang", "en")
    assert run.code == 2
    head, *problems = run.stderr.splitlines()
    assert head.startswith("The checklist broken.yaml is invalid (1 ")
    assert problems == ["broken.yaml:15:5: unknown key 'wieght'. Did you mean 'weight'?"]


def test_review_with_broken_checklist_through_the_real_entry_point(sipcheck_process, tmp_path):
    broken(tmp_path, ("kind: pattern", "kind: mönster"))
    run = sipcheck_process("review", REPO / "examples" / "plans" / "2024-02", "--checklist",
                           "broken.yaml", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.startswith("Checklistan broken.yaml är ogiltig (1 fel):\n"
                                 "broken.yaml:19:17: criteria.1.rules.0.when.kind: «mönster» ")


def test_problem_lines_are_not_wrapped_when_piped(tmp_path):
    """BUG: output goes through rich, which wraps at 80 columns when stderr is not a
    terminal (CI, an editor's task runner), so a long `file:line:column: message` is cut
    into two lines and tools that read them lose the second half."""
    broken(tmp_path, ("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "SIPCHECK_LANG", "FORCE_COLOR")}
    done = subprocess.run([sys.executable, "-m", "sipcheck.cli", "checklist", "validate",
                           "broken.yaml"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"broken.yaml:17:16: nivån «bra» är inte definierad; välj en av: {LEVELS}."]
