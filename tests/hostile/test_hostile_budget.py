"""No document hangs the review or exhausts memory: catastrophic patterns are refused at
validation or stopped at run time, and every document has a time and memory budget past
which it gets the status `timeout` or `too_large` while the others are reviewed."""

from __future__ import annotations

import json

import pytest
from hostile.corpus import huge_docx, run_measured

import sipcheck.review
from sipcheck.checklist.loader import validate_text

SLOW = """\
id: slow
title: Slow
criteria:
  - id: s
    title: S
    rules:
      - level: uppfyllt
        when: {kind: pattern, patterns: ['PATTERN']}
"""


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)+$", r"((ab)*)*x", r"(\d+[.,]?)+$"])
def test_nested_quantifiers_are_refused_at_their_place(pattern):
    data, problems = validate_text(SLOW.replace("PATTERN", pattern), "slow.yaml")
    assert data is None
    assert [p.text("en")[:40] for p in problems] == [
        f"slow.yaml:8:42: the regular expression '{pattern}'"[:40]]
    assert "repeats a repetition" in problems[0].text("en")


@pytest.mark.parametrize("pattern", [r"(\W+\w+){6,}", r"(?:\w+\s+){0,5}slut", r"\bmål\w*"])
def test_patterns_that_cut_text_only_one_way_are_allowed(pattern):
    assert validate_text(SLOW.replace("PATTERN", pattern), "ok.yaml")[1] == []


def _plans(folder):
    (folder / "u").mkdir(parents=True)
    (folder / "u" / "lang.md").write_text("# Syfte\n\n" + "a" * 5000 + "!\n", encoding="utf-8")
    (folder / "u" / "vanlig.md").write_text("# Syfte\n\nKim ska få stöd i skolan.\n",
                                            encoding="utf-8")
    return folder


def test_a_pattern_that_slips_past_validation_stops_on_its_line(tmp_path):
    plans = _plans(tmp_path / "plans")
    checklist = tmp_path / "slow.yaml"
    checklist.write_text(SLOW.replace("PATTERN", "(a|a)+$"), encoding="utf-8")
    code, out, _, _, seconds = run_measured("review", plans, "-c", checklist, "-f", "json",
                                            "--no-cache")
    statuses = {plan["file"]: plan["status"] for plan in json.loads(out)["plans"]}
    assert statuses == {"u/lang.md": "timeout", "u/vanlig.md": "ok"} and code == 2
    assert seconds < 20
    message = json.loads(out)["plans"][0]["problems"][0]["message"]
    assert "(a|a)+$" in message and "Skriv om uttrycket" in message


@pytest.fixture(scope="module")
def huge(tmp_path_factory):
    """A 45 MB document.xml beside an ordinary plan."""
    folder = tmp_path_factory.mktemp("huge")
    (folder / "u").mkdir()
    huge_docx(folder / "u" / "stor.docx", 45)
    (folder / "u" / "vanlig.md").write_text("# Syfte\n\nKim ska få stöd i skolan.\n",
                                            encoding="utf-8")
    return folder


@pytest.mark.parametrize(("env", "status"), [
    ({"SIPCHECK_DOCUMENT_SECONDS": "1"}, "timeout"),
    ({"SIPCHECK_DOCUMENT_MEMORY_MB": "150"}, "too_large"),
])
def test_a_document_over_its_budget_is_skipped_and_the_others_reviewed(huge, env, status):
    code, out, err, peak, seconds = run_measured("review", huge, "-f", "json", "--no-cache",
                                                 env=env)
    plans = {plan["file"]: plan for plan in json.loads(out)["plans"]}
    assert plans["u/stor.docx"]["status"] == status and plans["u/vanlig.md"]["status"] == "ok"
    assert plans["u/stor.docx"]["score"] is None and code == 2
    assert seconds < 30 and peak < 1024


def test_the_budget_is_reported_in_the_table_in_both_languages(huge):
    _, out, _, _, _ = run_measured("review", huge, "--no-cache", "--lang", "en",
                                   env={"SIPCHECK_DOCUMENT_SECONDS": "1"})
    assert "took too long" in out and "SIPCHECK_DOCUMENT_SECONDS" in out


def test_a_bad_budget_setting_is_a_clear_error(huge):
    code, _, err, _, _ = run_measured("review", huge, env={"SIPCHECK_DOCUMENT_SECONDS": "nej"})
    assert code == 2 and "SIPCHECK_DOCUMENT_SECONDS=nej är inget positivt tal" in err


def test_text_longer_than_any_plan_is_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(sipcheck.review, "MAX_TEXT_CHARACTERS", 100)
    plans = _plans(tmp_path / "plans")
    from sipcheck.checklist.loader import load_checklist

    round_data = sipcheck.review.review_paths([plans], load_checklist(), jobs=1)
    assert [plan["status"] for plan in round_data["plans"]] == ["too_large", "ok"]
