"""Round-file validation holds for generated damage (Hypothesis): any number anywhere in
a round replaced by NaN, Infinity or a number of hundreds of digits is refused with the
file and its position; any cut or insertion gives a SipcheckError or a valid round, never
a crash, and nothing loaded can be written back as invalid JSON."""

from __future__ import annotations

import json

import pytest
from conftest import GOOD_PLAN
from helpers import checklist_named
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sipcheck.review import review_paths
from sipcheck.rounds import dumps, load_round
from sipcheck.text import SipcheckError

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def round_text(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("round") / "plans" / "arboga"
    folder.mkdir(parents=True)
    (folder / "sip-01.md").write_text(GOOD_PLAN, encoding="utf-8")
    return dumps(review_paths([folder.parent], checklist_named(), jobs=1))


def _numbers(data, path=()):
    if isinstance(data, bool):
        return
    if isinstance(data, int | float):
        yield path
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _numbers(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _numbers(value, (*path, index))


HOSTILE = ["NaN", "Infinity", "-Infinity", "1e400", "9" * 400, "-" + "9" * 5000]


@SETTINGS
@given(choice=st.data(), bad=st.sampled_from(HOSTILE))
def test_any_number_made_hostile_is_refused_with_its_place(tmp_path, round_text, choice, bad):
    data = json.loads(round_text)
    path = choice.draw(st.sampled_from(list(_numbers(data))))
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = "__HOSTILE__"
    target = tmp_path / "r.json"
    target.write_text(json.dumps(data).replace('"__HOSTILE__"', bad), encoding="utf-8")
    with pytest.raises(SipcheckError) as refused:
        load_round(target)
    assert refused.value.message.startswith(f"{target}:")


@SETTINGS
@given(choice=st.data(), junk=st.sampled_from(["", "[", "]]", "{", "\"", "-", "0" * 50, ",",
                                               "NaN", "\u0000", "\x1b]0;x\x07"]))
def test_a_cut_or_an_insertion_never_crashes(tmp_path, round_text, choice, junk):
    start = choice.draw(st.integers(0, len(round_text)))
    end = choice.draw(st.integers(start, min(len(round_text), start + 40)))
    target = tmp_path / "r.json"
    target.write_text(round_text[:start] + junk + round_text[end:], encoding="utf-8")
    try:
        data = load_round(target)
    except SipcheckError:
        return
    written = dumps(data)  # what was loaded can always be written as strict JSON
    json.loads(written, parse_constant=pytest.fail)
    assert "\x1b" not in written
