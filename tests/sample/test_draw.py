"""The draw: per unit or in total, reproducible from the seed, one unit's plans independent
of the others'."""

from __future__ import annotations

from pathlib import Path

import pytest

from sipcheck.discover import PlanFile
from sipcheck.sample import draw
from sipcheck.text import SipcheckError


def pool(**sizes: int) -> list[PlanFile]:
    return [PlanFile(Path(f"{unit}/sip-{n:02d}.md"), f"{unit}/sip-{n:02d}.md",
                     f"{unit}/sip-{n:02d}", unit, None)
            for unit, size in sizes.items() for n in range(1, size + 1)]


def ids(plans: list[PlanFile]) -> list[str]:
    return [plan.id for plan in plans]


def test_the_same_seed_draws_the_same_plans_and_another_seed_others():
    plans = pool(koping=8, arboga=8, kungsor=8)
    first = ids(draw.per_unit(plans, 2, "2024-09"))
    assert first == ids(draw.per_unit(list(reversed(plans)), 2, "2024-09"))
    assert len(first) == 6 and {i.split("/")[0] for i in first} == {"koping", "arboga", "kungsor"}
    assert first != ids(draw.per_unit(plans, 2, "2025-02"))


def test_a_new_plan_in_one_unit_changes_nothing_in_the_others():
    before = ids(draw.per_unit(pool(koping=8, arboga=8), 2, "7"))
    after = ids(draw.per_unit(pool(koping=9, arboga=8), 2, "7"))
    assert [i for i in before if i.startswith("arboga")] == \
        [i for i in after if i.startswith("arboga")]


def test_too_few_plans_in_a_unit_are_named():
    with pytest.raises(SipcheckError) as error:
        draw.per_unit(pool(koping=3, arboga=1, kungsor=0), 2, "1")
    assert error.value.message.startswith("För få planer att dra 2 per enhet: arboga har 1.")
    assert "arboga has 1" in error.value.text("en")


def test_a_total_is_spread_over_the_units_as_evenly_as_they_allow():
    drawn = draw.total(pool(koping=5, arboga=1, kungsor=5), 7, "1")
    units = [i.split("/")[0] for i in ids(drawn)]
    assert units.count("arboga") == 1 and sorted([units.count("koping"),
                                                  units.count("kungsor")]) == [3, 3]
    with pytest.raises(SipcheckError, match="bara 11 planer"):
        draw.total(pool(koping=5, arboga=1, kungsor=5), 12, "1")
