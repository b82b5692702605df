"""Experts' judgements in the round file (`sipcheck.experts.assessments`) and `sipcheck assess`
without a terminal session: final levels, conflicts, scores, import, status, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from helpers import automatic_round

from sipcheck.experts import assessments
from sipcheck.experts.assessments import Answer
from sipcheck.rounds import load_round, round_problems
from sipcheck.text import SipcheckError

EXAMPLE = REPO / "examples" / "rounds" / "2024-02.json"
PLAN = "arboga/sip-01"


@pytest.fixture
def round_file(tmp_path) -> Path:
    path = tmp_path / "omgang.json"
    path.write_text(json.dumps(automatic_round(), ensure_ascii=False, indent=2), "utf-8")
    return path


@pytest.fixture
def round_data() -> dict:
    return automatic_round()


def result(data: dict, criterion: str, plan: str = PLAN) -> dict:
    return assessments.find_result(data, plan, criterion)


def test_an_untouched_round_reads_as_automatic(round_data):
    syfte = result(round_data, "syfte")
    assert assessments.status(syfte) == "automatic"
    assert assessments.automatic_level(syfte) == syfte["level"]
    assert round_data["summary"]["experts"]["decided"] == 0
    assert round_data["summary"]["experts"]["judgements"] == 72


def test_one_reviewer_overrides_the_automatic_level_and_the_score_follows(round_data):
    before = next(p for p in round_data["plans"] if p["id"] == PLAN)["score"]["points"]
    automatic = result(round_data, "syfte")["level"]
    assert automatic == "uppfyllt"
    assessments.apply(round_data, [Answer(PLAN, "syfte", "Delvis uppfyllt", "Anna", "Allmänt")])
    syfte = result(round_data, "syfte")
    assert (syfte["level"], syfte["automatic"], syfte["status"]) == ("delvis", "uppfyllt",
                                                                     "changed")
    assert syfte["points"] == 1
    assert syfte["assessments"][0]["comment"] == "Allmänt"
    assert syfte["assessments"][0]["time"].endswith("+00:00")
    plan = next(p for p in round_data["plans"] if p["id"] == PLAN)
    assert plan["score"]["points"] == before - 1
    summary = next(c for c in round_data["summary"]["criteria"] if c["id"] == "syfte")
    assert summary["counts"]["delvis"] == 3  # was 2 in the automatic review
    assert round_data["summary"]["experts"]["changed"] == 1


def test_agreeing_reviewers_confirm_and_a_later_answer_replaces_the_earlier(round_data):
    assessments.apply(round_data, [Answer(PLAN, "syfte", "1", "Anna"),
                                   Answer(PLAN, "syfte", "uppfyllt", "Bo")])
    assert result(round_data, "syfte")["status"] == "confirmed"
    assessments.apply(round_data, [Answer(PLAN, "syfte", "uppfyllt", "Anna", "Tydligt")])
    answers = result(round_data, "syfte")["assessments"]
    assert [(a["reviewer"], a["comment"]) for a in answers] == [("Bo", ""), ("Anna", "Tydligt")]
    assert round_data["summary"]["experts"]["confirmed"] == 1


def test_disagreeing_reviewers_make_a_conflict_until_it_is_resolved(round_data):
    assessments.apply(round_data, [Answer(PLAN, "syfte", "delvis", "Anna"),
                                   Answer(PLAN, "syfte", "ej_uppfyllt", "Bo")])
    syfte = result(round_data, "syfte")
    assert syfte["status"] == "conflict"
    assert syfte["level"] == "uppfyllt"  # the automatic level stays in force meanwhile
    assert round_data["summary"]["experts"]["conflict"] == 1
    assert round_data["summary"]["experts"]["decided"] == 0
    assessments.apply(round_data, [Answer(PLAN, "syfte", "delvis", "Cecilia", "Enades")],
                      resolving=True)
    syfte = result(round_data, "syfte")
    assert (syfte["status"], syfte["level"]) == ("resolved", "delvis")
    assert syfte["resolution"]["reviewer"] == "Cecilia"
    assert round_data["summary"]["experts"]["resolved"] == 1


def test_only_conflicts_can_be_resolved(round_data):
    with pytest.raises(SipcheckError) as error:
        assessments.apply(round_data, [Answer(PLAN, "syfte", "delvis", "Cecilia", row="rad 2")],
                          resolving=True)
    assert "rad 2: kriteriet är ingen konflikt" in error.value.text("sv")


def test_nothing_is_recorded_when_any_answer_is_wrong(round_data):
    before = json.dumps(round_data, sort_keys=True)
    answers = [Answer(PLAN, "syfte", "delvis", "Anna", row="rad 2"),
               Answer("okand/plan", "syfte", "delvis", "Anna", row="rad 3"),
               Answer(PLAN, "malen", "delvis", "Anna", row="rad 4"),
               Answer(PLAN, "ansvar", "kanske", "Anna", row="rad 5"),
               Answer(PLAN, "ansvar", "delvis", " ", row="rad 6")]
    with pytest.raises(SipcheckError) as error:
        assessments.apply(round_data, answers, source="workshop.csv")
    text = error.value.text("sv")
    assert text.startswith("workshop.csv: 4 fel; inget har sparats")
    for line in ("rad 3: okänd plan «okand/plan»", "rad 4: okänt kriterium «malen»",
                 "rad 5: okänd nivå «kanske»", "rad 6: granskare saknas"):
        assert line in text
    assert "rad 2" not in text
    assert json.dumps(round_data, sort_keys=True) == before


def test_personal_data_in_a_comment_is_masked_before_it_is_stored(round_data):
    assessments.apply(round_data, [Answer(PLAN, "syfte", "delvis", "Anna",
                                          "Ring 070-123 45 67, pnr 19121212-1212")])
    comment = result(round_data, "syfte")["assessments"][0]["comment"]
    assert "070" not in comment and "1212" not in comment
    assert "[telefonnummer]" in comment or "[telefon]" in comment


def test_a_withdrawn_answer_gives_the_automatic_level_back(round_data):
    assessments.apply(round_data, [Answer(PLAN, "syfte", "delvis", "Anna")])
    assessments.withdraw(round_data, PLAN, "syfte", "Anna")
    syfte = result(round_data, "syfte")
    assert syfte["level"] == "uppfyllt" and "status" not in syfte and "automatic" not in syfte


def test_an_assessed_round_is_valid_and_a_bad_reviewer_level_is_positioned(round_file):
    data = load_round(round_file)
    assessments.apply(data, [Answer(PLAN, "syfte", "delvis", "Anna")])
    text = json.dumps(data, ensure_ascii=False, indent=2)
    assert round_problems(data, text, "r.json") == []
    text = text.replace('"level": "delvis",\n              "comment"',
                        '"level": "halvbra",\n              "comment"')
    problems = round_problems(json.loads(text), text, "r.json")
    assert len(problems) == 1
    message = problems[0].text("sv")
    assert "plans.0.criteria.0.assessments.0.level" in message and "halvbra" in message
    assert message.startswith("r.json:")


def test_import_records_every_row_and_says_what_the_round_now_holds(round_file, tmp_path,
                                                                    sipcheck_main):
    sheet = tmp_path / "workshop.csv"
    sheet.write_text("plan;kriterium;nivå;granskare;kommentar\n"
                     f"{PLAN};syfte;Delvis uppfyllt;Anna;För allmänt\n"
                     f"{PLAN};syfte;Ej uppfyllt;Bo;\n"
                     f"{PLAN};ansvar;;Anna;\n", "utf-8-sig")
    run = sipcheck_main("assess", round_file, "--import", sheet)
    assert run.code == 0, run.stderr
    assert "2 bedömningar lästes in" in run.stderr
    assert "1 konflikt." in run.stderr and "--resolve" in run.stderr
    data = load_round(round_file)
    assert result(data, "syfte")["status"] == "conflict"
    assert "assessments" not in result(data, "ansvar")  # an empty level is left unfilled


def test_a_bad_import_names_the_rows_and_leaves_the_round_file_untouched(
        round_file, tmp_path, sipcheck_main):
    before = round_file.read_bytes()
    sheet = tmp_path / "workshop.csv"
    sheet.write_text("plan;kriterium;nivå;granskare\n"
                     f"{PLAN};syfte;delvis;Anna\n"
                     f"{PLAN}x;syfte;delvis;Anna\n", "utf-8")
    run = sipcheck_main("assess", round_file, "--import", sheet)
    assert run.code == 2
    assert "rad 3" in run.stderr and "inget har sparats" in run.stderr
    assert round_file.read_bytes() == before


def test_resolve_by_import_settles_a_conflict(round_file, tmp_path, sipcheck_main):
    data = load_round(round_file)
    assessments.apply(data, [Answer(PLAN, "syfte", "delvis", "Anna"),
                             Answer(PLAN, "syfte", "ej_uppfyllt", "Bo")])
    round_file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    sheet = tmp_path / "avgor.yaml"
    sheet.write_text(f"- plan: {PLAN}\n  kriterium: syfte\n  nivå: delvis\n"
                     "  granskare: Cecilia\n  kommentar: Enades på mötet\n", "utf-8")
    run = sipcheck_main("assess", round_file, "--import", sheet, "--resolve")
    assert run.code == 0, run.stderr
    assert "1 avgörande lästes in" in run.stderr
    assert result(load_round(round_file), "syfte")["status"] == "resolved"


def test_status_shows_each_reviewer_and_the_conflicts(round_file, sipcheck_main):
    data = load_round(round_file)
    assessments.apply(data, [Answer(PLAN, "syfte", "delvis", "Anna"),
                             Answer(PLAN, "ansvar", "1", "Anna"),
                             Answer(PLAN, "syfte", "uppfyllt", "Bo")])
    round_file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    run = sipcheck_main("assess", round_file, "--status")
    assert run.code == 0
    lines = run.stdout.splitlines()
    anna = next(line for line in lines if "Anna" in line)
    assert "2/72" in anna and "3 %" in anna
    assert "1 konflikt väntar på avgörande" in run.stdout
    english = sipcheck_main("assess", round_file, "--status", "--lang", "en")
    assert "1 conflict awaits settling" in english.stdout


def test_an_interactive_session_needs_a_reviewer_name(round_file, sipcheck_main):
    run = sipcheck_main("assess", round_file)
    assert run.code == 2 and "--reviewer" in run.stderr


def test_import_and_export_together_are_refused(round_file, tmp_path, sipcheck_main):
    run = sipcheck_main("assess", round_file, "--import", tmp_path / "a.csv",
                        "--export", tmp_path / "b.csv")
    assert run.code == 2 and "inte båda" in run.stderr


def test_export_refuses_to_overwrite_without_force(round_file, tmp_path, sipcheck_main):
    target = tmp_path / "underlag.csv"
    target.write_text("mitt arbete", "utf-8")
    run = sipcheck_main("assess", round_file, "--export", target)
    assert run.code == 2 and "--force" in run.stderr
    assert target.read_text("utf-8") == "mitt arbete"
    run = sipcheck_main("assess", round_file, "--export", target, "--force", "-r", "Anna")
    assert run.code == 0 and "--import" in run.stderr
    assert "Anna" in target.read_text("utf-8-sig")


def test_two_experts_saving_at_once_lose_nothing(round_file):
    """Two sessions write the same round file answer by answer, at the same time: each
    change is read, made and written under the lock, so every answer of both is kept."""
    import threading

    from sipcheck.rounds import update_round

    data = load_round(round_file)
    items = [(p["id"], r["id"]) for p in data["plans"] for r in p["criteria"]][:20]

    def expert(name: str) -> None:
        for plan, criterion in items:
            update_round(round_file, lambda d, plan=plan, criterion=criterion: assessments.apply(
                d, [Answer(plan, criterion, "delvis", name)]))

    threads = [threading.Thread(target=expert, args=(name,)) for name in ("Anna", "Bo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = load_round(round_file)
    for plan, criterion in items:
        names = {a["reviewer"] for a in assessments.find_result(saved, plan, criterion)
                 ["assessments"]}
        assert names == {"Anna", "Bo"}, (plan, criterion)


def test_a_reviewer_who_has_judged_everything_is_told_how_to_go_again(round_file,
                                                                       sipcheck_main):
    data = load_round(round_file)
    assessments.apply(data, [Answer(PLAN, c["id"], "1", "Anna")
                             for c in data["checklist"]["criteria"]])
    round_file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    run = sipcheck_main("assess", round_file, "--reviewer", "Anna", "--plan", PLAN)
    assert run.code == 0
    assert "Anna har redan bedömt alla 12. Lägg till --all" in run.stdout
