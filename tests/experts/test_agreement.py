"""`sipcheck agreement`: the numbers, for rounds where the answer is known by hand.

Rounds are built from the example round (6 plans × 12 criteria, without the expert
answers it ships with) with `assessments.apply`, the way `sipcheck assess` records
answers. The figures are counted here (agreeing judgements, which criteria) and the
coefficients compared with `agreement_stats` on the same pairs, so a mix-up of raters,
plans or criteria shows.
"""

from __future__ import annotations

import pytest
from helpers import automatic_round

from sipcheck.experts import agreement_stats
from sipcheck.experts.agreement import agreement
from sipcheck.experts.assessments import Answer, apply
from sipcheck.rounds import dumps
from sipcheck.text import SipcheckError

ORDER = ["ej_uppfyllt", "delvis", "uppfyllt"]
NOMINAL = frozenset({"ej_tillampligt"})
TIME = "2024-03-01T10:00:00+00:00"


def base() -> dict:
    """The example round as the automatic review left it, so each test knows exactly who
    answered what."""
    return automatic_round()


def automatic(round_data: dict, plan: str) -> dict[str, str]:
    entry = next(p for p in round_data["plans"] if p["id"] == plan)
    return {r["id"]: r.get("automatic", r["level"]) for r in entry["criteria"]}


def judge(round_data: dict, reviewer: str, plan: str, changes: dict[str, str] | None = None,
          comments: dict[str, str] | None = None, only: list[str] | None = None) -> dict:
    """`reviewer` answers every criterion of `plan` (or `only` those) with the automatic
    level, except `changes`."""
    levels = automatic(round_data, plan)
    answers = [Answer(plan, cid, (changes or {}).get(cid, level), reviewer,
                      (comments or {}).get(cid, ""))
               for cid, level in levels.items() if only is None or cid in only]
    return apply(round_data, answers, time=TIME)


def entry(scope: dict, kind: str, reviewers: list[str], statistic: str | None = None):
    return next(e for e in scope["comparisons"] if e["kind"] == kind
                and e["reviewers"] == reviewers
                and (statistic is None or e["statistic"] == statistic))


def criterion(data: dict, cid: str) -> dict:
    return next(c for c in data["criteria"] if c["id"] == cid)


# ------------------------------------------------------------------ the numbers


def test_automatic_against_one_reviewer_ten_of_twelve():
    data = judge(base(), "Anna", "koping/sip-01",
                 {"syfte": "delvis", "fragestallningar": "delvis"})
    result = agreement(data)
    overall = entry(result["overall"], "automatic", ["Anna"])
    assert (overall["judgements"], overall["agreeing"]) == (12, 10)
    assert overall["percent"] == pytest.approx(10 / 12)
    levels = automatic(data, "koping/sip-01")
    pairs = [(level, {"syfte": "delvis", "fragestallningar": "delvis"}.get(cid, level))
             for cid, level in levels.items()]
    assert overall["value"] == pytest.approx(agreement_stats.cohen_kappa(pairs, ORDER, NOMINAL))
    assert overall["band"] == agreement_stats.interpret_kappa(overall["value"])
    assert overall["few"] is True  # 12 < 20
    # one reviewer: no group statistics; the two levels Anna changed are listed
    assert [e["kind"] for e in result["overall"]["comparisons"]] == ["automatic"]
    assert [(d["criterion"], d["status"], d["final"]) for d in result["disagreements"]] == [
        ("syfte", "changed", "delvis"), ("fragestallningar", "changed", "delvis")]
    # per criterion: one judgement each, the two changed ones disagree
    assert criterion(result, "syfte")["comparisons"][0]["agreeing"] == 0
    assert criterion(result, "insatser")["comparisons"][0]["agreeing"] == 1


def test_reviewers_pairwise_alpha_and_fleiss_match_the_statistics_module():
    data = base()
    plans = [p["id"] for p in data["plans"]]
    for plan in plans:
        judge(data, "Anna", plan)
        judge(data, "Bo", plan, {"syfte": "delvis", "uppfoljning": "ej_tillampligt"})
    for plan in plans[:3]:  # Cia judged half the plans
        judge(data, "Cia", plan, {"insatser": "ej_uppfyllt"})
    result = agreement(data)
    overall = result["overall"]
    anna_bo = entry(overall, "reviewers", ["Anna", "Bo"])
    assert anna_bo["judgements"] == 72
    assert 72 - anna_bo["agreeing"] == sum(
        1 for p in plans for cid, level in automatic(data, p).items()
        if (cid == "syfte" and level != "delvis") or cid == "uppfoljning")
    final = {(p["id"], r["id"]): {a["reviewer"]: a["level"] for a in r.get("assessments", [])}
             for p in data["plans"] for r in p["criteria"]}
    pairs = [(v["Anna"], v["Bo"]) for v in final.values()]
    assert anna_bo["value"] == pytest.approx(agreement_stats.cohen_kappa(pairs, ORDER, NOMINAL))
    assert entry(overall, "reviewers", ["Anna", "Cia"])["judgements"] == 36

    alpha = entry(overall, "all_reviewers", ["Anna", "Bo", "Cia"], "krippendorff_alpha")
    units = [list(v.values()) for v in final.values()]
    assert alpha["judgements"] == 72
    assert alpha["value"] == pytest.approx(
        agreement_stats.krippendorff_alpha(units, ORDER, NOMINAL))
    assert alpha["band"] == agreement_stats.interpret_alpha(alpha["value"])

    fleiss = entry(overall, "all_reviewers", ["Anna", "Bo", "Cia"], "fleiss_kappa")
    complete = [list(v.values()) for v in final.values() if len(v) == 3]
    assert fleiss["judgements"] == len(complete) == 36  # only what all three judged
    assert fleiss["value"] == pytest.approx(agreement_stats.fleiss_kappa(complete))
    assert fleiss["few"] is False


def test_two_reviewers_have_no_fleiss_kappa():
    data = base()
    judge(data, "Anna", "koping/sip-01")
    judge(data, "Bo", "koping/sip-01")
    statistics = [e["statistic"] for e in agreement(data)["overall"]["comparisons"]]
    assert statistics == ["cohen_kappa", "cohen_kappa", "cohen_kappa", "krippendorff_alpha"]


def test_disagreements_list_levels_comments_and_status():
    data = base()
    judge(data, "Anna", "koping/sip-01", {"samtycke": "uppfyllt"},
          {"samtycke": "Samtycket står i bilagan."})
    judge(data, "Bo", "koping/sip-01", {"samtycke": "ej_uppfyllt", "ansvar": "uppfyllt"},
          {"samtycke": "Inget datum för samtycket."})
    judge(data, "Anna", "koping/sip-01", {"samtycke": "uppfyllt", "ansvar": "ej_uppfyllt"},
          {"samtycke": "Samtycket står i bilagan."})
    apply(data, [Answer("koping/sip-01", "ansvar", "delvis", "Cia", "Vi enades om delvis.")],
          resolving=True, time=TIME)
    items = agreement(data)["disagreements"]
    assert [(i["plan"], i["criterion"], i["status"]) for i in items] == [
        ("koping/sip-01", "samtycke", "conflict"), ("koping/sip-01", "ansvar", "resolved")]
    samtycke, ansvar = items
    assert samtycke["automatic"] == "delvis"
    assert {a["reviewer"]: (a["level"], a["comment"]) for a in samtycke["assessments"]} == {
        "Anna": ("uppfyllt", "Samtycket står i bilagan."),
        "Bo": ("ej_uppfyllt", "Inget datum för samtycket.")}
    assert samtycke["resolution"] is None
    assert ansvar["final"] == "delvis"
    assert ansvar["resolution"]["comment"] == "Vi enades om delvis."


# ------------------------------------------------------------------ honest with small numbers


def test_everyone_using_one_level_is_undefined_with_the_reason():
    data = base()
    fulfilled = [p["id"] for p in data["plans"] if automatic(data, p["id"])["syfte"] == "uppfyllt"]
    for plan in fulfilled:
        judge(data, "Anna", plan, only=["syfte"])
    overall = entry(agreement(data)["overall"], "automatic", ["Anna"])
    assert overall["value"] is None and overall["band"] is None
    assert overall["undefined"] == {"reason": "one_level", "level": "uppfyllt"}
    assert overall["percent"] == 1.0  # the share is still well defined


def test_reviewers_without_common_judgements():
    data = base()
    judge(data, "Anna", "koping/sip-01")
    judge(data, "Bo", "koping/sip-02")
    result = agreement(data)
    pair = entry(result["overall"], "reviewers", ["Anna", "Bo"])
    assert (pair["judgements"], pair["percent"], pair["value"]) == (0, None, None)
    assert pair["undefined"] == {"reason": "none", "level": None}
    alpha = entry(result["overall"], "all_reviewers", ["Anna", "Bo"])
    assert alpha["value"] is None and alpha["undefined"]["reason"] == "none"


def test_table_shows_dash_reason_and_few_flag(tmp_path, cli):
    data = base()
    fulfilled = [p["id"] for p in data["plans"] if automatic(data, p["id"])["syfte"] == "uppfyllt"]
    assert len(fulfilled) == 3
    for plan in fulfilled:
        judge(data, "Anna", plan, only=["syfte"])
    judge(data, "Bo", "koping/sip-02")
    path = tmp_path / "omgang.json"
    path.write_text(dumps(data), "utf-8")
    run = cli("agreement", path)
    assert run.code == 0, run.stdout
    line = next(line for line in run.stdout.splitlines() if "Automatisk – Anna" in line)
    assert "100 % (3/3)" in line and " – " in line
    assert "odefinierat: alla gav samma nivå (Uppfyllt)" in line
    assert "få bedömningar: osäkert värde" in run.stdout
    pair = next(line for line in run.stdout.splitlines() if line.strip().startswith("Anna – Bo"))
    assert "odefinierat: inga bedömningar som båda gjort" in pair
    assert "Oenigheter: där experterna valde en annan nivå" in run.stdout


# ------------------------------------------------------------------ the command


def test_no_answers_is_a_clear_error(tmp_path, sipcheck_main):
    path = tmp_path / "omgang.json"
    path.write_text(dumps(base()), "utf-8")
    run = sipcheck_main("agreement", path)
    assert run.code == 2
    message = run.stderr + run.stdout
    assert "inga bedömningar av experter" in message
    assert f"sipcheck assess {path} --reviewer NAMN" in " ".join(message.split())
    assert "--import" in message
    with pytest.raises(SipcheckError):
        agreement(base())


def test_no_answers_in_english(tmp_path, sipcheck_main):
    path = tmp_path / "round.json"
    path.write_text(dumps(base()), "utf-8")
    run = sipcheck_main("agreement", path, "--lang", "en")
    assert run.code == 2
    assert "no experts' judgements" in " ".join((run.stderr + run.stdout).split())


def test_output_refuses_to_overwrite_and_guesses_the_format(tmp_path, sipcheck_main):
    data = judge(base(), "Anna", "koping/sip-01", {"syfte": "delvis"})
    path = tmp_path / "omgang.json"
    path.write_text(dumps(data), "utf-8")
    target = tmp_path / "rapport.md"
    target.write_text("finns redan", "utf-8")
    run = sipcheck_main("agreement", path, "-o", target)
    assert run.code == 2 and "--force" in run.stderr
    assert target.read_text("utf-8") == "finns redan"
    run = sipcheck_main("agreement", path, "-o", target, "--force")
    assert run.code == 0
    text = target.read_text("utf-8")
    assert text.startswith("# Överensstämmelse mellan bedömare")  # markdown from .md
    assert "92 % (11/12)" in text
    run = sipcheck_main("agreement", path, "-f", "docx")
    assert run.code == 2 and "--output" in run.stderr


def test_terminal_renderer_returns_a_renderable_and_prints_nothing(capsys):
    from rich.console import Group

    from sipcheck.render.agreement_terminal import agreement_view

    view = agreement_view(agreement(judge(base(), "Anna", "koping/sip-01")), "sv")
    assert isinstance(view, Group)
    assert capsys.readouterr() == ("", "")
