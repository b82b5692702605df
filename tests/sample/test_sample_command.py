"""`sipcheck sample`: a round's folder from a pool, reproducibly, never with personal data;
earlier rounds left out; too small pools said so; Swedish and English."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import GOOD_PLAN, WEAK_PLAN
from planted import pnr

PLANS = {f"{unit}/sip-{n:02d}.md": GOOD_PLAN if n % 2 else WEAK_PLAN
         for unit, count in (("koping", 4), ("arboga", 3), ("kungsor", 2))
         for n in range(1, count + 1)}


@pytest.fixture
def pool(write_files):
    return write_files(PLANS, "pool")


def drawn(folder) -> list[dict]:
    with (folder / "plans.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_same_seed_gives_the_same_plans_another_seed_others(sipcheck_main, pool):
    out = pool.parent
    first = sipcheck_main("sample", pool, "--per-unit", "2", "--seed", "2024-09", "--out",
                          out / "a")
    assert first.code == 0, first.stderr
    assert "6 planer från 3 enheter kopierades till" in first.stderr
    assert sipcheck_main("sample", pool, "--per-unit", "2", "--seed", "2024-09", "--out",
                         out / "b").code == 0
    assert sipcheck_main("sample", pool, "--per-unit", "2", "--seed", "2025-02", "--out",
                         out / "c").code == 0
    a, b, c = (drawn(out / name) for name in "abc")
    assert a == b and a != c
    assert [row["unit"] for row in a] == ["arboga"] * 2 + ["koping"] * 2 + ["kungsor"] * 2
    for row in a:
        assert (out / "a" / row["file"]).read_text("utf-8") == PLANS[row["file"]]
    record = json.loads((out / "a" / "urval.json").read_text("utf-8"))
    assert (record["seed"], record["per_unit"], len(record["plans"])) == ("2024-09", 2, 6)


def test_without_a_seed_one_is_chosen_and_shown(sipcheck_main, pool):
    done = sipcheck_main("sample", pool, "--total", "4", "--out", pool.parent / "a")
    assert done.code == 0
    seed = done.stderr.split("--seed ")[-1].strip().rstrip(".")
    again = sipcheck_main("sample", pool, "--total", "4", "--seed", seed, "--out",
                          pool.parent / "b")
    assert again.code == 0 and drawn(pool.parent / "a") == drawn(pool.parent / "b")


def test_a_unit_without_enough_plans_is_named_and_nothing_is_written(sipcheck_main, pool):
    done = sipcheck_main("sample", pool, "--per-unit", "3", "--seed", "1", "--out",
                         pool.parent / "a")
    assert done.code == 2
    assert "För få planer att dra 3 per enhet: kungsor har 2." in done.stderr
    assert not (pool.parent / "a").exists()
    english = sipcheck_main("sample", pool, "--per-unit", "3", "--seed", "1", "--out",
                            pool.parent / "a", "--lang", "en")
    assert "Too few plans to draw 3 per unit: kungsor has 2." in english.stderr


def test_plans_reviewed_in_an_earlier_round_are_not_drawn_again(sipcheck_main, pool):
    out = pool.parent
    assert sipcheck_main("sample", pool, "--per-unit", "1", "--seed", "1", "--out",
                         out / "feb").code == 0
    review = sipcheck_main("review", out / "feb", "--save", out / "feb.json", "--no-cache")
    assert review.code == 0, review.stderr
    saved = json.loads((out / "feb.json").read_text("utf-8"))
    assert sorted(plan["unit"] for plan in saved["plans"]) == ["arboga", "koping", "kungsor"]
    done = sipcheck_main("sample", pool, "--per-unit", "1", "--seed", "1", "--out", out / "sep",
                         "--exclude", out / "feb.json")
    assert done.code == 0, done.stderr
    assert "3 planer från tidigare omgångar lämnades utanför" in done.stderr
    assert not {r["file"] for r in drawn(out / "feb")} & {r["file"] for r in drawn(out / "sep")}
    too_few = sipcheck_main("sample", pool, "--per-unit", "2", "--seed", "1", "--out",
                            out / "x", "--exclude", out / "feb.json")
    assert too_few.code == 2 and "kungsor har 1" in too_few.stderr


def test_drawn_plans_with_personal_data_are_refused(sipcheck_main, write_files):
    number = pnr("850314", "123")
    pool = write_files({"koping/sip-01.md": GOOD_PLAN + f"\nPersonnummer: {number}\n",
                        "arboga/sip-01.md": GOOD_PLAN})
    done = sipcheck_main("sample", pool, "--per-unit", "1", "--seed", "1", "--out",
                         pool.parent / "a")
    assert done.code == 1
    assert "anonymisera dem först (sipcheck anonymize)" in done.stderr
    assert "koping/sip-01.md (1 personnummer)" in done.stderr and number not in done.stderr
    assert not (pool.parent / "a").exists()


def test_links_instead_of_copies_and_a_folder_that_is_not_empty(sipcheck_main, pool):
    out = pool.parent / "a"
    assert sipcheck_main("sample", pool, "--total", "3", "--seed", "1", "--out", out,
                         "--link").code == 0
    files = [out / row["file"] for row in drawn(out)]
    assert all(path.is_symlink() and path.resolve().parent.parent == pool.resolve()
               for path in files)
    again = sipcheck_main("sample", pool, "--total", "3", "--seed", "1", "--out", out)
    assert again.code == 2 and "inte en tom mapp" in again.stderr


def test_exactly_one_of_per_unit_and_total(sipcheck_main, pool):
    done = sipcheck_main("sample", pool, "--out", pool.parent / "a", "--lang", "en")
    assert done.code == 2 and "Give either --per-unit N or --total N." in done.stderr
