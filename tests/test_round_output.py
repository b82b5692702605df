"""A round printed or saved piece by piece is the same text as one written at once, and a
round that cannot be written (a NaN) leaves no file behind."""

from __future__ import annotations

import json

import pytest

from sipcheck import rounds
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


def test_a_round_that_cannot_be_written_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr(rounds, "PART", 100)
    data = a_round(50)
    data["plans"][40]["score"]["percent"] = float("nan")
    target = tmp_path / "omgang.json"
    with pytest.raises((ValueError, SipcheckError)):
        write_atomic(target, json_parts(data))
    assert list(tmp_path.iterdir()) == []
