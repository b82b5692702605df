"""`sipcheck assess` as an expert uses it: a real process in a pseudo-terminal, typed
answers, Ctrl-C, a closed terminal, and a resumed session. The round file must hold every
answer given, whatever happened to the session."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO
from helpers import automatic_round
from rich.console import Console

from sipcheck.experts import assessments
from sipcheck.experts.session import Session
from sipcheck.rounds import load_round

pexpect = pytest.importorskip("pexpect")

EXAMPLE = REPO / "examples" / "rounds" / "2024-02.json"
PROMPT = r"Nivå \(Enter = [^)]+\): "
COMMENT = r"Kommentar \(Enter [^)]+\): "
ANNA = REPO / "examples" / "assessments" / "2024-02-anna.csv"


@pytest.fixture
def small_round(tmp_path) -> Path:
    """The example round cut to its first two plans: 24 judgements."""
    data = automatic_round()
    data["plans"] = data["plans"][:2]
    assessments.refresh(data)
    path = tmp_path / "omgang.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return path


def spawn(round_file: Path, *args: str, env: dict[str, str] | None = None):
    left_out = ("SIPCHECK_LANG", "SIPCHECK_DEBUG", "FORCE_COLOR", "SIPCHECK_OPEN")
    env = {**{k: v for k, v in os.environ.items() if k not in left_out}, "COLUMNS": "100",
           "LINES": "50", "NO_COLOR": "1", "TERM": "dumb", "PYTHONIOENCODING": "utf-8",
           **(env or {})}
    return pexpect.spawn(sys.executable, ["-m", "sipcheck", "assess", str(round_file),
                                          *args], cwd=str(REPO), env=env, encoding="utf-8",
                         timeout=30, dimensions=(50, 100))


def interrupt(child, then: str) -> None:
    """Ctrl-C at the prompt, and what the session says to it. CPython's `input()` sees a
    signal that lands between the prompt's printing and its read only when a line has
    been read, as a user at a terminal sees when Ctrl-C comes in that instant (pressing
    it again works); so a short pause first, and once more if the first was lost."""
    time.sleep(0.2)
    child.sendintr()
    if child.expect([then, pexpect.TIMEOUT], timeout=5) == 1:
        child.sendintr()
        child.expect(then)


def answer(child, level: str, comment: str = "") -> None:
    """One judgement: Enter for the suggestion, or a level with the comment after it."""
    child.expect(PROMPT)
    child.sendline(f"{level} {comment}".strip())
    child.expect("Sparat")


def own(data: dict, reviewer: str) -> dict[tuple[str, str], dict]:
    return {(p["id"], r["id"]): a for p in assessments.scored_plans(data)
            for r in p["criteria"] for a in r.get("assessments", [])
            if a["reviewer"] == reviewer}


def test_a_session_is_interrupted_resumed_and_every_answer_is_in_the_round(small_round):
    first = load_round(small_round)
    items = [(p["id"], r["id"]) for p in first["plans"] for r in p["criteria"]]
    automatic = {(p["id"], r["id"]): r["level"] for p in first["plans"] for r in p["criteria"]}

    child = spawn(small_round, "--reviewer", "Anna")
    child.expect("1 av 24")
    child.expect("Syftet framgår")
    answer(child, "")                                   # 1: Enter accepts the suggestion
    answer(child, "3", "Frågorna saknas i kallelsen")   # 2: another level, with a comment
    child.expect(PROMPT)
    child.sendline("kanske")                            # 3: not a level: asked again
    child.expect("Okänt svar «kanske»")
    child.expect(PROMPT)
    child.sendline("b")                                 # back to 2, the earlier answer shown
    child.expect("2 av 24")
    child.expect("Ditt svar: ✘ Ej uppfyllt — Frågorna saknas i kallelsen")
    child.expect(r"Nivå \(Enter = Ej uppfyllt\): ")
    child.sendline("delvis")                            # 2 changed by name, comment kept
    child.expect("Sparat")
    child.expect("3 av 24")
    child.expect(PROMPT)
    child.sendline("h")                                 # 3 skipped
    answer(child, "1")                                  # 4
    child.expect("5 av 24")
    child.expect(PROMPT)
    interrupt(child, "3 svar sparade")                  # Ctrl-C at the fifth
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    saved = own(load_round(small_round), "Anna")
    assert set(saved) == {items[0], items[1], items[3]}
    assert saved[items[0]]["level"] == automatic[items[0]]
    assert (saved[items[1]]["level"], saved[items[1]]["comment"]) == (
        "delvis", "Frågorna saknas i kallelsen")
    assert saved[items[3]]["level"] == "uppfyllt"

    child = spawn(small_round, "--reviewer", "Anna")
    child.expect("Fortsätter där du slutade: 3 av 24")
    child.expect("3 av 24")                             # the skipped one comes first
    for _ in range(24 - 3):
        answer(child, "")
    child.expect("Klart: 21 svar sparade")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    data = load_round(small_round)
    saved = own(data, "Anna")
    assert set(saved) == set(items)
    for item in items:
        result = assessments.find_result(data, *item)
        assert result["level"] == saved[item]["level"]
        assert result["automatic"] == automatic[item]
    assert assessments.find_result(data, *items[1])["status"] == "changed"
    assert data["summary"]["experts"]["decided"] == 24


def test_a_closed_terminal_loses_no_saved_answer(small_round):
    child = spawn(small_round, "--reviewer", "Bo")
    answer(child, "2", "Otydligt")
    answer(child, "")
    child.expect(PROMPT)
    child.close(force=True)                             # the window is closed: SIGHUP
    data = load_round(small_round)                      # still a valid round file
    assert len(own(data, "Bo")) == 2
    assert not list(small_round.parent.glob(".omgang.json.*"))  # no temporary file left


def test_resolving_shows_every_answer_and_settles_the_conflict(small_round):
    data = load_round(small_round)
    plan = data["plans"][0]["id"]
    assessments.apply(data, [assessments.Answer(plan, "syfte", "delvis", "Anna", "Allmänt"),
                             assessments.Answer(plan, "syfte", "ej_uppfyllt", "Bo", "Saknas")])
    small_round.write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    child = spawn(small_round, "--resolve", "--reviewer", "Cecilia")
    child.expect("1 konflikt att avgöra")
    child.expect("Anna: ◐ Delvis uppfyllt — Allmänt")
    child.expect("Bo: ✘ Ej uppfyllt — Saknas")
    child.expect(r"Nivå: ")
    child.sendline("")                                  # no default when settling
    child.expect("Välj en nivå")
    child.expect(r"Nivå: ")
    child.sendline("2 Enades på mötet")
    child.expect("Klart: 1 avgörande sparat")
    child.expect(pexpect.EOF)
    result = assessments.find_result(load_round(small_round), plan, "syfte")
    assert (result["status"], result["level"]) == ("resolved", "delvis")
    assert result["resolution"]["comment"] == "Enades på mötet"


def test_the_session_hides_other_experts_answers_and_works_in_english(small_round):
    """In-process, with scripted input: the second expert judges independently."""
    data = load_round(small_round)
    plan = data["plans"][0]["id"]
    assessments.apply(data, [assessments.Answer(plan, "syfte", "delvis", "Anna", "Hemligt")])
    small_round.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    replies = iter(["", "q"])  # Enter accepts at once: no comment is asked for
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(replies)

    buffer = io.StringIO()
    out = Console(file=buffer, width=100, color_system=None)
    outcome = Session(small_round, "Bo", out, ask, lang="en", criterion="syfte").run()
    shown = buffer.getvalue()
    assert "Hemligt" not in shown and "Anna" not in shown
    assert "The purpose is stated" in shown and "Suggestion: ✔ Fulfilled" in shown
    assert prompts[0] == "Level (Enter = Fulfilled): "
    assert (outcome.answered, outcome.remaining, outcome.total) == (1, 1, 2)
    result = assessments.find_result(load_round(small_round), plan, "syfte")
    assert result["status"] == "conflict"  # Anna said partly, Bo accepted fulfilled


# --- workshop speed ----------------------------------------------------------------------


@pytest.fixture
def example_round(tmp_path) -> Path:
    """The example round before the experts, saved where `review --save` would say where
    its plans are."""
    data = automatic_round()
    path = tmp_path / "omgang.json"
    plans = REPO / "examples" / "plans" / "2024-02"
    data["plans_folders"] = [os.path.relpath(plans, tmp_path)]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return path


def test_the_72_example_judgements_take_under_100_keys_when_the_expert_mostly_agrees(
        example_round):
    """Anna's answers (examples/assessments), typed the way a workshop would: Enter where
    she agrees, the level's number where she does not, r where she agrees with the rest
    of a plan. Every answer is in the round afterwards."""
    from sipcheck.experts.answer_files import read_answers

    data = load_round(example_round)
    items = [(p["id"], r["id"]) for p in data["plans"] for r in p["criteria"]]
    suggested = {(p["id"], r["id"]): r["level"] for p in data["plans"] for r in p["criteria"]}
    anna = {(a.plan, a.criterion): assessments.level_id(data, a.level)
            for a in read_answers(ANNA, ANNA.read_bytes(), data, None)}
    numbers = {level["id"]: str(n) for n, level in
               enumerate(data["checklist"]["levels"], start=1)}
    assert len(items) == 72 and sum(anna[i] != suggested[i] for i in items) >= 1

    child = spawn(example_round, "--reviewer", "Anna")
    child.expect(r"Fil: .*arboga/sip-01.docx \(o öppnar den\)")
    keys, position = 0, 0
    while position < len(items):
        plan = items[position][0]
        end = next((i for i in range(position, len(items)) if items[i][0] != plan), len(items))
        child.expect(PROMPT)
        if all(anna[i] == suggested[i] for i in items[position:end]):
            reply, position = "r", end
        elif anna[items[position]] == suggested[items[position]]:
            reply, position = "", position + 1
        else:
            reply, position = numbers[anna[items[position]]], position + 1
        child.sendline(reply)
        keys += len(reply) + 1  # the reply and Enter
        child.expect("Sparat")
    child.expect("Klart: 72 svar sparade")
    child.expect(pexpect.EOF)
    assert keys < 100, keys
    saved = own(load_round(example_round), "Anna")
    assert {item: answer["level"] for item, answer in saved.items()} == anna


def test_a_comment_on_request_and_the_plan_opened_in_the_viewer(example_round, tmp_path):
    opened = tmp_path / "opened.txt"
    viewer = tmp_path / "viewer.py"
    viewer.write_text(f"import sys, pathlib\npathlib.Path({str(opened)!r}).write_text("
                      "sys.argv[1])\n", "utf-8")
    child = spawn(example_round, "--reviewer", "Bo",
                  env={"SIPCHECK_OPEN": f"{sys.executable} {viewer}"})
    child.expect(PROMPT)
    child.sendline("o")                                 # open the plan
    child.expect("Öppnar .*arboga/sip-01.docx")
    child.expect(PROMPT)
    child.sendline("k")                                 # a comment first, then Enter
    child.expect(r"Kommentar \(Enter för ingen\): ")
    child.sendline("Syftet är bra formulerat")
    child.expect(PROMPT)
    child.sendline("")
    child.expect("Sparat")
    child.expect("2 av 72")
    child.expect(PROMPT)
    child.sendline("r")                                 # the rest of the first plan
    child.expect("Resten av planen arboga/sip-01: 11 godtagna")
    child.expect("13 av 72")
    child.expect(PROMPT)
    child.sendline("a")
    child.expect(pexpect.EOF)
    for _ in range(50):
        if opened.exists():
            break
        time.sleep(0.1)
    assert opened.read_text("utf-8").endswith("examples/plans/2024-02/arboga/sip-01.docx")
    saved = own(load_round(example_round), "Bo")
    assert len(saved) == 12 and all(item[0] == "arboga/sip-01" for item in saved)
    assert saved[("arboga/sip-01", "syfte")]["comment"] == "Syftet är bra formulerat"
