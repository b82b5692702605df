"""`sipcheck assess` as an expert uses it: a real process in a pseudo-terminal, typed
answers, Ctrl-C, a closed terminal, and a resumed session. The round file must hold every
answer given, whatever happened to the session."""

from __future__ import annotations

import io
import json
import os
import sys
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


@pytest.fixture
def small_round(tmp_path) -> Path:
    """The example round cut to its first two plans: 24 judgements."""
    data = automatic_round()
    data["plans"] = data["plans"][:2]
    assessments.refresh(data)
    path = tmp_path / "omgang.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return path


def spawn(round_file: Path, *args: str):
    env = {**os.environ, "COLUMNS": "100", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb",
           "PYTHONIOENCODING": "utf-8"}
    for name in ("SIPCHECK_LANG", "SIPCHECK_DEBUG", "FORCE_COLOR"):
        env.pop(name, None)
    return pexpect.spawn(sys.executable, ["-m", "sipcheck", "assess", str(round_file),
                                          *args], cwd=str(REPO), env=env, encoding="utf-8",
                         timeout=30, dimensions=(50, 100))


def answer(child, level: str, comment: str = "") -> None:
    child.expect(PROMPT)
    child.sendline(level)
    child.expect(COMMENT)
    child.sendline(comment)
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
    child.sendline("delvis")                            # 2 changed by name
    child.expect(r"Kommentar \(Enter behåller")
    child.sendline("")                                  # the comment kept
    child.expect("Sparat")
    child.expect("3 av 24")
    child.expect(PROMPT)
    child.sendline("h")                                 # 3 skipped
    answer(child, "1")                                  # 4
    child.expect("5 av 24")
    child.expect(PROMPT)
    child.sendintr()                                    # Ctrl-C at the fifth
    child.expect("3 svar sparade")
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
    child.expect("1 konflikter att avgöra")
    child.expect("Anna: ◐ Delvis uppfyllt — Allmänt")
    child.expect("Bo: ✘ Ej uppfyllt — Saknas")
    child.expect(r"Nivå: ")
    child.sendline("")                                  # no default when settling
    child.expect("Välj en nivå")
    child.expect(r"Nivå: ")
    child.sendline("2")
    child.expect(r"Kommentar \(Enter för ingen\): ")
    child.sendline("Enades på mötet")
    child.expect("Klart: 1 avgöranden sparade")
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
    replies = iter(["", "", "q"])
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
