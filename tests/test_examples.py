"""The example corpus a new user reviews first: its saved rounds match a fresh review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import checklist_named

from sipcheck.review import review_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _normalised(round_data: dict) -> dict:
    data = json.loads(json.dumps(round_data))
    data["round"].pop("created")
    data["tool"].pop("version")
    return data


@pytest.mark.parametrize("name", ["2024-02", "2024-09"])
def test_saved_example_rounds_are_what_a_review_gives_today(name):
    saved = json.loads((EXAMPLES / "rounds" / f"{name}.json").read_text("utf-8"))
    fresh = review_paths([EXAMPLES / "plans" / name], checklist_named(), round_name=name)
    assert _normalised(saved) == _normalised(fresh), "run `make examples` and commit"


def test_september_is_better_than_february_as_the_story_says():
    rounds = {name: json.loads((EXAMPLES / "rounds" / f"{name}.json").read_text("utf-8"))
              for name in ("2024-02", "2024-09")}
    assert rounds["2024-09"]["summary"]["mean_percent"] > \
        rounds["2024-02"]["summary"]["mean_percent"]
    units = {plan["unit"] for plan in rounds["2024-02"]["plans"]}
    assert units == {"koping", "arboga", "kungsor"}
    formats = {plan["format"] for r in rounds.values() for plan in r["plans"]}
    assert {"docx", "pdf", "md"} <= formats
