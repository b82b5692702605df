"""The example corpus a new user reviews first: its saved rounds match a fresh review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from helpers import checklist_named

from sipcheck.experts import assessments
from sipcheck.experts.answer_files import read_answers
from sipcheck.review import review_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _normalised(round_data: dict) -> dict:
    data = json.loads(json.dumps(round_data))
    data["round"].pop("created")
    data["tool"].pop("version")
    data.pop("plans_folders", None)  # where `review --save` found the plans
    for plan in data["plans"]:
        for result in plan["criteria"]:
            for answer in [*result.get("assessments", []), result.get("resolution") or {}]:
                answer.pop("time", None)
    return data


def _expert_files(name: str) -> list[tuple[Path, bool]]:
    """The workshop files `make examples` reads into a round: answers, then resolutions."""
    folder = EXAMPLES / "assessments"
    return [(path, False) for path in sorted(folder.glob(f"{name}-*.csv"))] + \
        [(path, True) for path in sorted(folder.glob(f"{name}-avgoranden.yaml"))]


@pytest.mark.parametrize("name", ["2024-02", "2024-09"])
def test_saved_example_rounds_are_what_a_review_gives_today(name):
    saved = json.loads((EXAMPLES / "rounds" / f"{name}.json").read_text("utf-8"))
    fresh = review_paths([EXAMPLES / "plans" / name], checklist_named(), round_name=name)
    for path, resolving in _expert_files(name):
        answers = read_answers(path, path.read_bytes(), fresh, None)
        assessments.apply(fresh, answers, resolving=resolving, source=str(path))
    assert _normalised(saved) == _normalised(fresh), "run `make examples` and commit"


def test_the_example_experts_agree_with_the_expected_levels():
    """Anna's sheet holds the levels of examples/expected.yaml: the levels the example
    plans were written to have."""
    expected = yaml.safe_load((EXAMPLES / "expected.yaml").read_text("utf-8"))
    round_data = json.loads((EXAMPLES / "rounds" / "2024-02.json").read_text("utf-8"))
    path = EXAMPLES / "assessments" / "2024-02-anna.csv"
    answers = read_answers(path, path.read_bytes(), round_data, None)
    by_plan = {Path(key).with_suffix("").as_posix().split("/", 1)[1]: levels
               for key, levels in expected.items() if key.startswith("2024-02/")}
    assert len(answers) == 72
    for answer in answers:
        assert assessments.level_id(round_data, answer.level) == \
            by_plan[answer.plan][answer.criterion]
    experts = round_data["summary"]["experts"]
    assert (experts["decided"], experts["conflict"]) == (71, 1)


def test_september_is_better_than_february_as_the_story_says():
    rounds = {name: json.loads((EXAMPLES / "rounds" / f"{name}.json").read_text("utf-8"))
              for name in ("2024-02", "2024-09")}
    assert rounds["2024-09"]["summary"]["mean_percent"] > \
        rounds["2024-02"]["summary"]["mean_percent"]
    units = {plan["unit"] for plan in rounds["2024-02"]["plans"]}
    assert units == {"koping", "arboga", "kungsor"}
    formats = {plan["format"] for r in rounds.values() for plan in r["plans"]}
    assert {"docx", "pdf", "md"} <= formats


def test_readability_evidence_gives_one_count_of_unexplained_abbreviations():
    """Two lix rules with different `ignore` lists once said "5 oförklarade förkortningar"
    next to "6 oförklarade": only the rule that limits abbreviations counts them."""
    import re

    from sipcheck.text.evidence import distinct

    data = json.loads((EXAMPLES / "rounds" / "2024-02.json").read_text("utf-8"))
    result = next(r for p in data["plans"] if p["id"] == "koping/sip-02"
                  for r in p["criteria"] if r["id"] == "begriplighet")
    shown = [e["text"] for e in distinct(result["evidence"])]
    counts = [m for text in shown for m in re.findall(r"(\d+) oförklarad", text)]
    assert counts == ["5"], shown
