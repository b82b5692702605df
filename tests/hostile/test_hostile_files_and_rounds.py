"""Folders, links, round files and writes an attacker or a careless user gets wrong:
reported, refused with their position, or survived without losing data."""

from __future__ import annotations

import errno
import json
import os
import threading
from pathlib import Path

import pytest
from hostile.corpus import NAME, PNR, assert_clean

import sipcheck.rounds
from sipcheck.rounds import load_round, write_atomic
from sipcheck.text import SipcheckError

PLAN = "# Syfte\n\nKim ska få stöd i skolan så att hon kan gå dit varje dag.\n"


@pytest.fixture
def plans(tmp_path) -> Path:
    for unit in ("arboga", "koping"):
        (tmp_path / "plans" / unit).mkdir(parents=True)
        (tmp_path / "plans" / unit / "sip-01.md").write_text(PLAN, encoding="utf-8")
    return tmp_path / "plans"


def test_a_folder_that_cannot_be_listed_is_reported(sipcheck_main, plans, monkeypatch):
    real = os.scandir
    locked = str(plans / "koping")

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", locked)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = sipcheck_main("review", plans, "-f", "json")
    statuses = {p["file"]: p["status"] for p in json.loads(run.stdout)["plans"]}
    assert statuses == {"arboga/sip-01.md": "ok", "koping": "unreadable"} and run.code == 2


def test_a_link_out_of_the_folder_is_not_followed(sipcheck_main, plans, tmp_path):
    secret = tmp_path / "hemligt.txt"
    secret.write_text(f"{NAME} {PNR}\n", encoding="utf-8")
    (plans / "arboga" / "passwd.txt").symlink_to(secret)
    (plans / "arboga" / "inne.md").symlink_to(plans / "koping" / "sip-01.md")
    run = sipcheck_main("review", plans, "-f", "json")
    entries = {p["file"]: p for p in json.loads(run.stdout)["plans"]}
    assert entries["arboga/passwd.txt"]["status"] == "unreadable"
    assert "utanför mappen" in entries["arboga/passwd.txt"]["problems"][0]["message"]
    assert entries["arboga/inne.md"]["status"] == "ok"  # a link inside the folder is fine
    assert_clean(run.stdout + run.stderr)


def test_plans_csv_rows_that_point_nowhere_or_have_impossible_dates_warn(sipcheck_main, plans):
    (plans / "plans.csv").write_text("file,unit,date\narboga/sip-01.md,A,2024-02-30\n"
                                     "../../etc/passwd,B,2024-01-01\nkoping/saknas.md,C,\n",
                                     encoding="utf-8")
    run = sipcheck_main("review", plans)
    assert "rad 2: datumet «2024-02-30» finns inte" in run.stderr
    assert "rad 3: filen ../../etc/passwd ligger utanför mappen" in run.stderr
    assert "rad 4: filen koping/saknas.md finns inte i mappen" in run.stderr


@pytest.fixture
def saved(sipcheck_main, plans, tmp_path) -> Path:
    path = tmp_path / "omgang.json"
    sipcheck_main("review", plans, "--save", path)
    return path


def test_assess_through_a_link_writes_the_real_round(sipcheck_main, saved, tmp_path):
    link = tmp_path / "delad" / "omgang.json"
    link.parent.mkdir()
    link.symlink_to(saved)
    answers = tmp_path / "svar.csv"
    answers.write_text("plan;kriterium;nivå;granskare\narboga/sip-01;syfte;1;Bo\n",
                       encoding="utf-8")
    assert sipcheck_main("assess", link, "--import", answers).code == 0
    assert link.is_symlink()
    result = json.loads(saved.read_text("utf-8"))["plans"][0]["criteria"][0]
    assert result["assessments"][0]["reviewer"] == "Bo"


def test_two_saves_at_once_without_force_never_overwrite(tmp_path, monkeypatch):
    """Both writers pass the early check; exactly one file wins, the other is told."""
    target = tmp_path / "r.json"
    monkeypatch.setattr(sipcheck.rounds, "check_writable", lambda path, force=False: None)
    barrier, outcomes = threading.Barrier(2), []

    def save(text: str) -> None:
        barrier.wait()
        try:
            write_atomic(target, text)
            outcomes.append(("saved", text))
        except SipcheckError as error:
            outcomes.append(("refused", error.message))

    for _ in range(10):
        target.unlink(missing_ok=True)
        outcomes.clear()
        threads = [threading.Thread(target=save, args=(text,)) for text in ("A\n", "B\n")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        kinds = sorted(kind for kind, _ in outcomes)
        assert kinds == ["refused", "saved"]
        assert target.read_text() == next(text for kind, text in outcomes if kind == "saved")
        assert "finns redan" in next(text for kind, text in outcomes if kind == "refused")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]  # no temporary files


def test_leftovers_of_a_killed_run_are_removed_by_the_next(tmp_path):
    dead = tmp_path / ".r.json.999999999.x1.tmp"
    alive = tmp_path / f".r.json.{os.getpid()}.x2.tmp"
    for leftover in (dead, alive):
        leftover.write_text("{", encoding="utf-8")
    write_atomic(tmp_path / "r.json", "{}\n")
    assert not dead.exists() and alive.exists()  # another run, still writing, keeps its file


def test_a_full_disk_says_so_and_leaves_nothing(tmp_path, monkeypatch):
    def full(fd, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sipcheck.rounds.os, "fsync", full)
    with pytest.raises(SipcheckError, match="disken är full"):
        write_atomic(tmp_path / "r.json", "{}\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t.replace('"points": 2', '"points": NaN', 1), "«NaN»"),
    (lambda t: t.replace('"points": 2', '"points": Infinity', 1), "«Infinity»"),
    (lambda t: t.replace('"points": 2', '"points": 1e400', 1), "«1e400»"),
    (lambda t: t.replace('"points": 2', '"points": ' + "9" * 5000, 1), "(5000 tecken)"),
    (lambda t: t.replace('"points": 2', '"points": -2', 1), "måste vara minst 0"),
])
def test_round_files_with_impossible_numbers_are_refused_at_their_place(
        sipcheck_main, saved, change, message):
    text = saved.read_text("utf-8")
    saved.write_text(change(text), encoding="utf-8")
    run = sipcheck_main("compare", saved, saved)
    assert run.code == 2 and message in run.stderr
    assert f"{saved}:" in run.stderr  # file:line:column


def test_a_plan_listed_twice_and_deep_nesting_are_refused(sipcheck_main, saved):
    data = json.loads(saved.read_text("utf-8"))
    data["plans"].append(data["plans"][0])
    saved.write_text(json.dumps(data, indent=2), encoding="utf-8")
    run = sipcheck_main("compare", saved, saved)
    assert run.code == 2 and "står redan tidigare i filen" in run.stderr
    saved.write_text('{"format": "sipcheck-round/1", "x": ' + "[" * 100_000 + "]" * 100_000
                     + "}", encoding="utf-8")
    run = sipcheck_main("compare", saved, saved)
    assert run.code == 2 and "nästlade för djupt" in run.stderr


def test_compare_json_is_always_strict_json(sipcheck_main, saved):
    out = sipcheck_main("compare", saved, saved, "-f", "json").stdout

    def refuse(name):
        raise AssertionError(f"{name} in the JSON")

    json.loads(out, parse_constant=refuse)


def test_load_round_accepts_what_review_writes(saved):
    assert load_round(saved)["plans"]


def test_reviewers_are_one_whatever_their_case_and_spaces(sipcheck_main, saved, tmp_path):
    answers = tmp_path / "svar.csv"
    answers.write_text("plan;kriterium;nivå;granskare\narboga/sip-01;syfte;1;Anna\n",
                       encoding="utf-8")
    sipcheck_main("assess", saved, "--import", answers)
    answers.write_text("plan;kriterium;nivå;granskare\narboga/sip-01;syfte;2;  anna \n",
                       encoding="utf-8")
    sipcheck_main("assess", saved, "--import", answers)
    result = json.loads(saved.read_text("utf-8"))["plans"][0]["criteria"][0]
    assert [a["reviewer"] for a in result["assessments"]] == ["anna"]  # replaced, not added
