"""A round printed or saved piece by piece is the same text as one written at once, and a
round that cannot be written (a NaN) leaves no file behind."""

from __future__ import annotations

import json

import pytest

from sipcheck import rounds
from sipcheck.plan_entries import PlanEntries
from sipcheck.rounds import dumps, json_parts, write_atomic
from sipcheck.text import SipcheckError


def a_round(plans: int) -> dict:
    return {"format": 1, "round": {"name": "2024-09", "lang": "sv"},
            "plans": [{"id": f"köping/sip-{n:04d}", "score": {"percent": 62.5},
                       "criteria": [{"id": "syfte", "level": "uppfyllt",
                                     "evidence": [{"text": "Målet är att Åsa ska må bättre.",
                                                   "where": {"page": 1}}]}]}
                      for n in range(plans)],
            "summary": {"plans": plans, "mean_percent": 62.5}}


def test_pieces_make_the_same_text_as_json_dumps(monkeypatch):
    monkeypatch.setattr(rounds, "PART", 500)
    data = a_round(200)
    parts = list(json_parts(data))
    assert len(parts) > 10 and max(len(part) for part in parts) < 1000
    expected = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    assert "".join(parts) == expected == dumps(data)


AWKWARD = {"tuple": (1, 2.5, None), "keys": {3: "tre", 2.5: "två", False: "falskt", None: "inget"},
           "empty": [{}, [], ()], "text": 'Åsa "Kim" \\ \n\t\x01\u2028 ok', "big": 2 ** 70,
           "floats": [1e-07, 1e16, -0.0, 0.1], "nested": [[[{"a": [{"b": []}]}]]]}


@pytest.mark.parametrize("packed", [False, True])
def test_every_kind_of_value_is_written_as_json_writes_it(monkeypatch, packed):
    """The round's own writer (faster than `json`'s indenting one) writes the same text
    for every value JSON has, packed plans or not."""
    monkeypatch.setattr(rounds, "PART", 50)
    data = a_round(3)
    data["plans"].append(AWKWARD)
    data["extra"] = AWKWARD
    expected = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if packed:
        plans = PlanEntries(len(data["plans"]))
        for index, plan in enumerate(data["plans"]):
            plans[index] = plan
        data["plans"] = plans
    assert "".join(json_parts(data)) == expected
    assert dumps([]) == "[]\n" and dumps("x") == '"x"\n' and dumps({}) == "{}\n"


@pytest.mark.parametrize("bad", [float("inf"), {(1, 2): 3}, {"a": [object()]}])
def test_what_json_refuses_is_refused(bad):
    with pytest.raises((ValueError, TypeError)):
        dumps({"plans": [bad]})


def test_a_round_that_cannot_be_written_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr(rounds, "PART", 100)
    data = a_round(50)
    data["plans"][40]["score"]["percent"] = float("nan")
    target = tmp_path / "omgang.json"
    with pytest.raises((ValueError, SipcheckError)):
        write_atomic(target, json_parts(data))
    assert list(tmp_path.iterdir()) == []
