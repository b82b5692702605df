"""Points, scores and the round summary, from a round's own record (`sipcheck.scoring`)."""

from __future__ import annotations

import copy
from types import SimpleNamespace

import pytest
from helpers import automatic_round

from sipcheck import scoring
from sipcheck.text import SipcheckError, Text

RECORD = {
    "levels": [{"id": "uppfyllt", "points": 2}, {"id": "delvis", "points": 1},
               {"id": "ej_uppfyllt", "points": 0}, {"id": "ej_tillampligt", "points": None}],
    "criteria": [{"id": "syfte", "title": "Syftet framgår", "title_en": "The purpose is stated",
                  "weight": 1, "statutory": False},
                 {"id": "ansvar", "title": "Ansvar", "title_en": "Responsibility",
                  "weight": 2, "statutory": True},
                 {"id": "lix", "title": "Läsbarhet", "title_en": "Readability",
                  "weight": 1, "statutory": False}],
}


def entry(**levels: str) -> dict:
    return {"id": "plan", "status": "ok", "problems": [], "score": None,
            "criteria": [{"id": cid, "level": level} for cid, level in levels.items()]}


def test_a_plan_is_scored_from_its_levels_and_the_weights():
    plan = scoring.score_plan(entry(syfte="delvis", ansvar="uppfyllt", lix="ej_tillampligt"),
                              RECORD)
    results = {r["id"]: r for r in plan["criteria"]}
    assert (results["syfte"]["points"], results["syfte"]["max"]) == (1, 2)
    assert (results["ansvar"]["points"], results["ansvar"]["max"]) == (4, 4)
    assert (results["lix"]["points"], results["lix"]["max"]) == (None, 0)
    assert plan["score"] == {"points": 5, "max": 6, "percent": 83.3}
    assert plan["statutory_missing"] == [] and plan["problems"] == []


@pytest.mark.parametrize(("lang", "message"), [
    ("sv", "Planen saknar lagkrav: Ansvar."),
    ("en", "The plan lacks statutory content: Responsibility.")])
def test_a_missing_statutory_criterion_is_named_once(lang, message):
    plan = entry(syfte="uppfyllt", ansvar="ej_uppfyllt", lix="uppfyllt")
    scoring.score_plan(plan, RECORD, lang)
    scoring.score_plan(plan, RECORD, lang)  # scoring again replaces the line, never adds one
    assert plan["statutory_missing"] == ["ansvar"]
    assert [p["message"] for p in plan["problems"]] == [message]


def test_the_fulfilled_level_has_the_most_points():
    assert scoring.fulfilled_level(RECORD) == "uppfyllt"


def test_the_summary_counts_levels_shares_and_statutory_plans():
    plans = [scoring.score_plan(entry(syfte="uppfyllt", ansvar="uppfyllt", lix="delvis"), RECORD),
             scoring.score_plan(entry(syfte="delvis", ansvar="ej_uppfyllt",
                                      lix="ej_tillampligt"), RECORD),
             {"id": "x", "status": "unreadable", "problems": [], "score": None, "criteria": []}]
    summary = scoring.summarise(plans, RECORD)
    assert (summary["plans"], summary["scored"], summary["not_scored"]) == (3, 2, 1)
    assert summary["statuses"] == {"ok": 2, "unreadable": 1}
    assert summary["statutory_met"] == 1
    lix = next(c for c in summary["criteria"] if c["id"] == "lix")
    assert lix["counts"] == {"uppfyllt": 0, "delvis": 1, "ej_uppfyllt": 0, "ej_tillampligt": 1}
    assert (lix["applicable"], lix["fulfilled"], lix["share"]) == (1, 0, 0.0)
    assert summary["mean_percent"] == round((87.5 + 16.7) / 2, 1)  # 7/8 and 1/6
    assert summary["experts"]["judgements"] == 6 and summary["experts"]["decided"] == 0


def test_expert_statuses_are_counted():
    plan = entry(syfte="uppfyllt", ansvar="uppfyllt", lix="delvis")
    plan["criteria"][0].update(status="confirmed", assessments=[{"reviewer": "Bo"}])
    plan["criteria"][1].update(status="conflict", assessments=[{"reviewer": "Anna"},
                                                               {"reviewer": "Bo"}])
    summary = scoring.expert_summary([plan])
    assert summary == {"judgements": 3, "assessed": 2, "decided": 1, "confirmed": 1,
                       "changed": 0, "conflict": 1, "resolved": 0, "reviewers": ["Bo", "Anna"]}
    assert scoring.status(plan["criteria"][2]) == scoring.AUTOMATIC


def test_a_round_written_before_the_experts_summary_gets_one():
    round_data = automatic_round()
    stored = scoring.experts_of(round_data)
    older = copy.deepcopy(round_data)
    del older["summary"]["experts"]
    assert scoring.experts_of(older) == stored


def test_the_bundled_checklist_is_used_only_when_it_is_the_same():
    record = {"id": "kvalitetskollen", "sha256": "abc"}

    def loader(name: str):
        if name != "kvalitetskollen":
            raise SipcheckError(Text("finns inte", "missing"))
        return SimpleNamespace(sha256="abc")

    assert scoring.bundled_match(record, loader)[1] is None
    assert scoring.bundled_match({**record, "sha256": "def"}, loader) == (None, "changed")
    assert scoring.bundled_match({**record, "id": "egen"}, loader) == (None, "not_bundled")
    assert scoring.bundled_match({"id": "egen", "sha256": "x"}) == (None, "not_bundled")
