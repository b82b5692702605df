"""The pool over plan files: same round with or without workers and cache, order, progress,
errors, and a folder with files that cannot be read."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, GOOD_PLAN, WEAK_PLAN
from helpers import checklist_named

from sipcheck import parallel
from sipcheck.discover import discover
from sipcheck.plan_entries import PlanEntries
from sipcheck.review import review_paths
from sipcheck.rounds import dumps


def without_created(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    del data["round"]["created"]
    return data


@pytest.fixture
def mixed(tmp_path) -> Path:
    """Every format, in three units, with four files that cannot be read or reviewed: a
    damaged PDF, an empty .docx, a legacy .doc and a link to a missing file."""
    root = tmp_path / "plans"
    for plan in sorted(EXAMPLES.rglob("sip-*.*")):
        target = root / plan.parent.name / f"{plan.parent.parent.name}-{plan.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(plan, target)
    (root / "arboga" / "good.md").write_text(GOOD_PLAN, encoding="utf-8")
    (root / "koping" / "weak.txt").write_text(WEAK_PLAN, encoding="utf-8")
    (root / "koping" / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage, no objects")
    (root / "kungsor" / "empty.docx").write_bytes(b"")
    (root / "kungsor" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    (root / "arboga" / "gone.pdf").symlink_to(root / "nowhere.pdf")
    return root


BAD = {"koping/broken", "kungsor/empty", "kungsor/old", "arboga/gone"}


def test_same_round_sequential_pooled_cold_and_warm(cli, sipcheck_process, mixed):
    """The acceptance check: --jobs 1 --no-cache, --jobs 2 with an empty cache, and --jobs 2
    again from the cache give the same round file, created time aside. The last run is a
    process of its own, so the cache is shared between processes too."""
    runs = [cli("review", mixed, "--format", "json", "--jobs", "1", "--no-cache"),
            cli("review", mixed, "--format", "json", "--jobs", "2"),
            sipcheck_process("review", mixed, "--format", "json", "--jobs", "2")]
    assert [run.code for run in runs] == [2, 2, 2]  # unreadable files: exit 2, all listed
    rounds = [without_created(json.loads(run.stdout)) for run in runs]
    assert rounds[0] == rounds[1] == rounds[2]
    statuses = {plan["id"]: plan["status"] for plan in rounds[0]["plans"]}
    assert len(statuses) == len(list(EXAMPLES.rglob("sip-*.*"))) + 6
    assert {plan for plan, status in statuses.items() if status != "ok"} == BAD
    assert [p["file"] for p in rounds[0]["plans"]] == [p.file for p in discover([mixed])]


def test_pool_in_process_with_progress(mixed):
    seen = []
    pooled = review_paths([mixed], checklist_named(), jobs=2, cache=True,
                          progress=lambda done, total, name: seen.append((done, total, name)))
    total = len(pooled["plans"])
    assert seen[0] == (0, total, "") and seen[-1] == (total, total, "")
    middle = seen[1:-1]
    assert [done for done, _, _ in middle] == list(range(1, total + 1))
    assert sorted(name for _, _, name in middle) == sorted(p["file"] for p in pooled["plans"])

    seen.clear()
    review_paths([mixed], checklist_named(), jobs=2, cache=True,
                 progress=lambda done, total, name: seen.append((done, total, name)))
    # All from the cache at once, except the link to a missing file, never cached.
    assert seen == [(total - 1, total, ""), (total, total, "arboga/gone.pdf"),
                    (total, total, "")]


def test_packed_entries_give_the_same_round_file(mixed):
    """The review command keeps plan entries packed (memory that does not grow with the
    number of plans): the round file it writes is the one the plain entries give."""
    plain = review_paths([mixed], checklist_named(), jobs=2)
    packed = review_paths([mixed], checklist_named(), jobs=2, packed_from=0)
    assert isinstance(packed["plans"], PlanEntries)
    plain["round"]["created"] = packed["round"]["created"]
    assert dumps(packed) == dumps(plain)
    assert packed["summary"]["plans"] == len(packed["plans"]) == len(plain["plans"])


@pytest.mark.parametrize("output", ["json", "csv", "markdown", "table"])
def test_a_large_review_packs_its_entries_and_prints_the_same(cli, mixed, monkeypatch,
                                                               tmp_path, output):
    """From PACKED_FROM plans on, the review command keeps entries packed: every format
    and the saved round file are the same as with the plain entries."""
    from sipcheck.cli import review as review_command

    def run(name: str):
        done = cli("review", mixed, "--format", output, "--jobs", "2", "--no-cache",
                   "--save", tmp_path / f"{name}.json")
        saved = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        text = done.stdout if output != "json" else json.dumps(without_created(
            json.loads(done.stdout)))
        return done.code, text, without_created(saved)

    plain = run("plain")
    monkeypatch.setattr(review_command, "PACKED_FROM", 0)
    assert run("packed") == plain


def test_results_handed_on_and_not_kept():
    arrived = {}
    for jobs in (1, 2):
        arrived.clear()
        kept = parallel.map_ordered(_pid, list(range(8)), shared=(10,), jobs=jobs, keep=False,
                                    on_result=lambda i, r: arrived.update({i: r[0]}))
        assert kept == [] and arrived == {i: i + 10 for i in range(8)}


def _pid(item: int, offset: int) -> tuple[int, int]:
    return item + offset, os.getpid()


def _slow_pid(item: int) -> tuple[int, int]:
    time.sleep(0.2)  # long enough for a worker to start and take the first items
    return item, os.getpid()


def _fail_on_three(item: int) -> int:
    if item == 3:
        raise ValueError("three")
    return item


def test_map_ordered_uses_workers_and_keeps_the_order():
    arrived = []
    results = parallel.map_ordered(_pid, list(range(20)), shared=(100,), jobs=2,
                                   on_result=lambda i, r: arrived.append((i, os.getpid())))
    assert [value for value, _ in results] == list(range(100, 120))
    assert sorted(i for i, _ in arrived) == list(range(20))
    assert {pid for _, pid in arrived} == {os.getpid()}  # callbacks in the parent


def test_the_parent_works_from_the_back_and_a_worker_from_the_front():
    results = parallel.map_ordered(_slow_pid, list(range(6)), jobs=2)
    assert [value for value, _ in results] == list(range(6))
    pids = [pid for _, pid in results]
    assert pids[0] != os.getpid()  # the first item went to the worker at once
    assert pids[-1] == os.getpid()  # the parent started at the other end
    assert len(set(pids)) == 2


def test_costliest_items_go_first_and_results_stay_in_order():
    arrived = []
    results = parallel.map_ordered(_pid, [5, 1, 9, 3], shared=(0,), jobs=2,
                                   on_result=lambda i, r: arrived.append(i),
                                   cost=lambda item: item)
    assert [value for value, _ in results] == [5, 1, 9, 3]
    assert sorted(arrived) == [0, 1, 2, 3]


def test_map_ordered_without_a_pool_stays_in_this_process():
    results = parallel.map_ordered(_pid, [1, 2, 3], shared=(0,), jobs=None)
    assert results == [(1, os.getpid()), (2, os.getpid()), (3, os.getpid())]
    assert parallel.map_ordered(_pid, [], shared=(0,), jobs=4) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_a_worker_reaches_the_caller(jobs):
    with pytest.raises(ValueError, match="three"):
        parallel.map_ordered(_fail_on_three, list(range(8)), jobs=jobs)


def test_without_a_way_to_start_workers_everything_runs_here(monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("no processes here")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", refuse)
    results = parallel.map_ordered(_pid, [1, 2, 3], shared=(0,), jobs=2)
    assert results == [(1, os.getpid()), (2, os.getpid()), (3, os.getpid())]


def test_pool_size():
    cores = parallel.available_cores()
    assert parallel.pool_size(1, 100) == 1
    assert parallel.pool_size(4, 2) == 2
    assert parallel.pool_size(4, 100) == 4
    assert parallel.pool_size(None, parallel.AUTO_MIN_ITEMS - 1) == 1
    assert parallel.pool_size(None, 1000) == cores


def test_jobs_option(cli, write_files):
    plans = write_files({"arboga/good.md": GOOD_PLAN, "koping/weak.txt": WEAK_PLAN})
    assert cli("review", plans, "--jobs", "0").code == 2
    for options in (["--jobs", "2"], ["-j", "1", "--no-cache"]):
        run = cli("review", plans, "--format", "json", *options)
        assert run.code == 0
        assert [p["id"] for p in json.loads(run.stdout)["plans"]] == ["arboga/good",
                                                                       "koping/weak"]
