"""`sipcheck compare`: the comparison model, the honest statistics, and the CLI.

Small rounds are built in code (`make_round`); the example rounds in examples/rounds/ are
the real thing a user compares first.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from conftest import REPO

from sipcheck.checklist.semantics import DEFAULT_LEVELS
from sipcheck.compare.comparison import attach_guidance, compare_rounds
from sipcheck.compare.stats import fisher_exact, mcnemar_exact
from sipcheck.render import compare_sentences as cw
from sipcheck.render.compare_csv import compare_csv
from sipcheck.render.compare_markdown import compare_markdown
from sipcheck.text import SipcheckError

ROUNDS = REPO / "examples" / "rounds"
FEB, SEP = ROUNDS / "2024-02.json", ROUNDS / "2024-09.json"
LEVELS = DEFAULT_LEVELS  # the levels every bundled checklist uses
POINTS = {lv["id"]: lv["points"] for lv in LEVELS}
SHORT = {"u": "uppfyllt", "d": "delvis", "e": "ej_uppfyllt", "n": "ej_tillampligt"}


def make_round(name: str, plans: dict[str, str], criteria: list[str] | None = None,
               statutory: tuple[str, ...] = ("b",), checklist_id: str = "test") -> dict:
    """A round file as a dict. `plans` maps 'unit/plan' to one letter per criterion
    (u uppfyllt, d delvis, e ej uppfyllt, n ej tillämpligt), criteria named a, b, c…"""
    criteria = criteria or [chr(ord("a") + i) for i in range(len(next(iter(plans.values()))))]
    entries = []
    for pid, letters in plans.items():
        results = [{"id": cid, "level": SHORT[letter], "points": POINTS[SHORT[letter]],
                    "max": 2, "evidence": [], "reason": ""}
                   for cid, letter in zip(criteria, letters, strict=True)]
        scored = [r for r in results if r["points"] is not None]
        points, maximum = sum(r["points"] for r in scored), 2 * len(scored)
        entries.append({
            "id": pid, "file": pid + ".md", "unit": pid.split("/")[0], "date": None,
            "format": "md", "status": "ok", "problems": [],
            "score": {"points": points, "max": maximum,
                      "percent": round(100 * points / maximum, 1) if maximum else None},
            "statutory_missing": [r["id"] for r in results
                                  if r["id"] in statutory and r["points"] == 0],
            "criteria": results})
    checklist_criteria = [{"id": cid, "title": f"Kriterium {cid.upper()}",
                           "title_en": f"Criterion {cid.upper()}", "short": cid.upper(),
                           "short_en": cid.upper(), "weight": 1, "statutory": cid in statutory}
                          for cid in criteria]
    sha = hashlib.sha256(json.dumps(checklist_criteria).encode()).hexdigest()
    return {"format": "sipcheck-round/1", "tool": {"name": "sipcheck", "version": "0.1.0"},
            "round": {"name": name, "created": f"{name}-28T10:00:00+00:00"},
            "checklist": {"id": checklist_id, "version": "1", "sha256": sha, "title": "Test",
                          "levels": LEVELS, "criteria": checklist_criteria},
            "plans": entries, "summary": _summary(entries, criteria)}


def _summary(plans: list[dict], criteria: list[str]) -> dict:
    """What `sipcheck.review.summarise` writes (compare reads the plans, not this)."""
    out = []
    for cid in criteria:
        counts = {lv["id"]: 0 for lv in LEVELS}
        for plan in plans:
            counts[next(r["level"] for r in plan["criteria"] if r["id"] == cid)] += 1
        applicable = sum(n for lv, n in counts.items() if POINTS[lv] is not None)
        out.append({"id": cid, "counts": counts, "applicable": applicable,
                    "fulfilled": counts["uppfyllt"],
                    "share": round(counts["uppfyllt"] / applicable, 4) if applicable else None})
    percents = [p["score"]["percent"] for p in plans if p["score"]["percent"] is not None]
    return {"plans": len(plans), "scored": len(plans), "not_scored": 0,
            "statuses": {"ok": len(plans)},
            "mean_percent": round(sum(percents) / len(percents), 1) if percents else None,
            "statutory_met": sum(1 for p in plans if not p["statutory_missing"]),
            "criteria": out}


def by_id(comparison: dict, scope: dict | None = None) -> dict[str, dict]:
    return {c["id"]: c for c in (scope or comparison["overall"])["criteria"]}


# ---------------------------------------------------------------- paired (McNemar)

def test_same_plans_use_mcnemar_and_count_improved_stayed_regressed():
    before = make_round("2024-02", {"x/1": "uue", "x/2": "dee", "x/3": "eue", "y/4": "ude"})
    after = make_round("2024-09", {"x/1": "uuu", "x/2": "uee", "x/3": "edu", "y/4": "euu"})
    comparison = compare_rounds([before, after])
    assert comparison["overall"]["pairing"][0]["paired"] is True
    a = by_id(comparison)["a"]
    change = a["changes"][0]
    assert change["test"] == "mcnemar"
    # a: u→u, d→u (improved, became), e→e, u→e (regressed, stopped)
    assert change["matched"] == {"plans": 4, "improved": 1, "stayed": 2, "regressed": 1}
    assert change["discordant"] == {"became_fulfilled": 1, "no_longer_fulfilled": 1}
    assert change["p"] == mcnemar_exact(1, 1) == 1.0
    assert change["change_pp"] == 0.0 and change["direction"] == "same"
    b = by_id(comparison)["b"]["changes"][0]
    # b: u→u, e→e, u→d (regressed, stopped), d→u (improved, became)
    assert b["matched"] == {"plans": 4, "improved": 1, "stayed": 2, "regressed": 1}
    c = by_id(comparison)["c"]["changes"][0]
    # c: e→u three times (became fulfilled), e→e once
    assert c["matched"] == {"plans": 4, "improved": 3, "stayed": 1, "regressed": 0}
    assert c["discordant"] == {"became_fulfilled": 3, "no_longer_fulfilled": 0}
    assert c["p"] == pytest.approx(0.25)
    assert c["change_pp"] == 75.0 and c["direction"] == "up"


def test_not_applicable_levels_leave_the_pairs_and_the_shares():
    before = make_round("r1", {"x/1": "n", "x/2": "u", "x/3": "e"})
    after = make_round("r2", {"x/1": "u", "x/2": "u", "x/3": "u"})
    a = by_id(compare_rounds([before, after]))["a"]
    assert a["rounds"][0]["applicable"] == 2 and a["rounds"][0]["share"] == 0.5
    assert a["rounds"][0]["counts"]["ej_tillampligt"] == 1
    assert a["changes"][0]["matched"]["plans"] == 2
    assert a["changes"][0]["discordant"] == {"became_fulfilled": 1, "no_longer_fulfilled": 0}


def test_unpaired_option_uses_fisher_even_when_ids_recur():
    before = make_round("r1", {"x/1": "e", "x/2": "e", "x/3": "u"})
    after = make_round("r2", {"x/1": "u", "x/2": "u", "x/3": "u"})
    change = by_id(compare_rounds([before, after], paired=False))["a"]["changes"][0]
    assert change["test"] == "fisher" and change["matched"] is None
    assert change["p"] == pytest.approx(fisher_exact(1, 2, 3, 0))
    assert "Samma planer" not in compare_markdown(compare_rounds([before, after],
                                                                 paired=False), "sv")
    notices = cw.pairing_notices(compare_rounds([before, after], paired=False), "sv")
    assert "--unpaired" in notices[0] and "Fisher" in notices[0]


# ---------------------------------------------------------------- independent (Fisher)

def test_different_plans_use_fisher_with_the_brief_reference_value():
    before = make_round("r1", {f"x/{i}": ("u" if i < 10 else "e") for i in range(20)})
    after = make_round("r2", {f"y/{i}": ("u" if i < 15 else "e") for i in range(20)})
    comparison = compare_rounds([before, after])
    change = by_id(comparison)["a"]["changes"][0]
    assert change["test"] == "fisher" and change["matched"] is None
    assert change["p"] == pytest.approx(0.1908, abs=5e-5)
    assert change["change_pp"] == 25.0
    assert cw.p_test(change, "sv") == "0,19 (Fisher)"
    assert "olika planer" in cw.pairing_notices(comparison, "sv")[0]


def test_partly_overlapping_plans_use_fisher_and_count_the_matched_ones():
    before = make_round("r1", {"x/1": "e", "x/2": "e", "x/3": "u"})
    after = make_round("r2", {"x/1": "u", "x/2": "e", "x/9": "u"})
    comparison = compare_rounds([before, after])
    pairing = comparison["overall"]["pairing"][0]
    assert pairing == {"from": 0, "to": 1, "matched": 2, "first": 3, "second": 3,
                       "paired": False}
    change = by_id(comparison)["a"]["changes"][0]
    assert change["test"] == "fisher"
    assert change["matched"] == {"plans": 2, "improved": 1, "stayed": 1, "regressed": 0}
    assert "2 planer finns i båda" in cw.pairing_notices(comparison, "sv")[0]


# ---------------------------------------------------------------- checklists

def test_different_checklists_compare_only_shared_criteria():
    before = make_round("r1", {"x/1": "ueu", "x/2": "eeu"}, criteria=["a", "b", "old"])
    after = make_round("r2", {"x/1": "uuu", "x/2": "uue"}, criteria=["a", "b", "new"])
    comparison = compare_rounds([before, after])
    assert comparison["checklist"]["same"] is False
    assert comparison["checklist"]["shared"] == ["a", "b"]
    assert [c["id"] for c in comparison["overall"]["criteria"]] == ["a", "b"]
    assert {c["id"]: c["rounds"] for c in comparison["checklist"]["only"]} == {
        "old": [0], "new": [1]}
    # Mean score over the shared criteria only: r1 (2+0)/4=50 %, (0+0)/4=0 % → 25.0
    assert comparison["overall"]["rounds"][0]["mean_percent"] == 25.0
    assert comparison["overall"]["rounds"][1]["mean_percent"] == 100.0
    notice = cw.checklist_notice(comparison, "sv")
    assert "olika checklistor" in notice and "Bara de 2 kriterier" in notice
    assert "Kriterium OLD (r1)" in notice and "Kriterium NEW (r2)" in notice
    markdown = compare_markdown(comparison, "sv")
    assert "olika checklistor" in markdown and "Kriterium OLD |" not in markdown
    english = cw.checklist_notice(comparison, "en")
    assert "different checklists" in english and "Only the 2 criteria" in english


def test_same_checklist_says_so():
    comparison = compare_rounds([make_round("r1", {"x/1": "u"}), make_round("r2", {"x/1": "e"})])
    assert comparison["checklist"]["same"] is True
    assert cw.checklist_notice(comparison, "sv").startswith("Alla omgångar granskades med samma")


def test_statutory_share_and_mean_per_round():
    before = make_round("r1", {"x/1": "uu", "x/2": "ue", "x/3": "de"})
    after = make_round("r2", {"x/1": "uu", "x/2": "uu", "x/3": "dd"})
    overall = compare_rounds([before, after])["overall"]
    assert [r["statutory_met"] for r in overall["rounds"]] == [1, 3]
    assert overall["rounds"][0]["mean_percent"] == round((100 + 50 + 25) / 3, 1)
    change = overall["overall_changes"][0]
    assert change["test"] == "mcnemar" and change["discordant"]["became_fulfilled"] == 2
    assert change["statutory_pp"] == pytest.approx(66.7)


# ---------------------------------------------------------------- units, several rounds

def test_by_unit_keeps_units_apart():
    before = make_round("r1", {"a/1": "u", "a/2": "e", "b/1": "e"})
    after = make_round("r2", {"a/1": "u", "a/2": "u", "b/1": "e", "c/1": "u"})
    comparison = compare_rounds([before, after], by_unit=True)
    units = {u["unit"]: u for u in comparison["units"]}
    assert list(units) == ["a", "b", "c"]
    assert [r["share"] for r in by_id(comparison, units["a"])["a"]["rounds"]] == [0.5, 1.0]
    assert units["a"]["pairing"][0]["paired"] is True
    assert units["c"]["rounds"][0]["plans"] == 0
    assert by_id(comparison, units["c"])["a"]["changes"][0]["p"] is None
    assert not comparison["overall"]["pairing"][0]["paired"]  # c/1 is new


def test_three_rounds_compare_each_with_the_one_before_and_first_with_last():
    rounds = [make_round(f"r{i}", {"x/1": letter}) for i, letter in enumerate("eud")]
    comparison = compare_rounds(rounds)
    assert comparison["pairs"] == [[0, 1], [1, 2], [0, 2]]
    assert [c["direction"] for c in by_id(comparison)["a"]["changes"]] == ["up", "down", "same"]
    assert comparison["fell"] == ["a"]  # the latest change: r1 → r2


def test_labels_fall_back_and_stay_unique():
    rounds = [make_round("same", {"x/1": "u"}), make_round("same", {"x/1": "u"})]
    assert [r["label"] for r in compare_rounds(rounds)["rounds"]] == ["same", "same (2)"]


# ---------------------------------------------------------------- guidance

class FakeChecklist:
    def __init__(self, sha: str) -> None:
        self.sha256 = sha
        self.criteria = [type("C", (), {"id": "a", "guidance": "Skriv syftet.",
                                        "guidance_en": "Write the purpose."})()]


def test_guidance_for_criteria_that_fell_when_the_checklist_matches():
    before, after = make_round("r1", {"x/1": "u"}), make_round("r2", {"x/1": "e"})
    comparison = compare_rounds([before, after])
    assert comparison["fell"] == ["a"]
    attach_guidance(comparison, [before, after],
                    loader=lambda name: FakeChecklist(after["checklist"]["sha256"]))
    assert comparison["guidance"]["available"] is True
    assert comparison["guidance"]["criteria"][0]["guidance"] == "Skriv syftet."
    assert "Skriv syftet." in compare_markdown(comparison, "sv")
    assert "Write the purpose." in compare_markdown(comparison, "en")


def test_guidance_is_left_out_with_a_reason_when_the_checklist_changed_or_is_unknown():
    before, after = make_round("r1", {"x/1": "u"}), make_round("r2", {"x/1": "e"})
    comparison = compare_rounds([before, after])
    attach_guidance(comparison, [before, after], loader=lambda name: FakeChecklist("0" * 64))
    assert comparison["guidance"]["reason"] == "changed"
    assert "sha256" in cw.guidance_reason(comparison, "sv")
    comparison = compare_rounds([before, after])
    attach_guidance(comparison, [before, after])  # checklist id "test" is not bundled
    assert comparison["guidance"]["reason"] == "not_bundled"
    assert "finns inte inbyggd" in compare_markdown(comparison, "sv")


def test_example_guidance_comes_from_the_bundled_checklist(bundled_checklist_once):
    from sipcheck.rounds import load_round

    rounds = [load_round(FEB), load_round(SEP)]
    comparison = compare_rounds(rounds)
    attach_guidance(comparison, rounds)
    assert comparison["fell"] == []  # everything rose from February to September
    assert comparison["guidance"]["available"] and comparison["guidance"]["criteria"]
    assert all(item["guidance"] for item in comparison["guidance"]["criteria"])


# ---------------------------------------------------------------- CLI

def test_example_comparison_in_the_terminal(cli):
    run = cli("compare", FEB, SEP)
    assert run.code == 0, run.stderr
    assert "Jämförelse av granskningsomgångar" in run.stdout
    assert "Syftet framgår" in run.stdout and "50 % (3/6)" in run.stdout
    assert "100 % (6/6)" in run.stdout and "↑ +50" in run.stdout
    # September reviewed new plans (sip-03, sip-04): independent samples, Fisher's test.
    assert "olika planer; Fishers exakta test" in run.stdout and "utforskande" in run.stdout
    assert "McNemar" not in run.stdout
    # February's levels are the experts' final ones (examples/assessments/), and it says so.
    assert "57,6 %" in run.stdout and "92,4 %" in run.stdout
    flowing = " ".join(run.stdout.split())
    assert "2024-02: 71 av 72 bedömningar avgjorda av expert, 1 i konflikt" in flowing
    assert "2024-09: bara automatiska nivåer" in flowing


def test_english_has_no_swedish_words(cli):
    run = cli("compare", FEB, SEP, "--lang", "en", "--by", "unit")
    assert run.code == 0
    assert "Comparison of review rounds" in run.stdout and "exploratory" in run.stdout
    for word in ("Förändring", "Andel", "utforskande", "Omgång", "planer", "Enhet", "granskad"):
        assert word not in run.stdout, word


def test_unknown_round_format_is_a_clear_error(sipcheck_main, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "sipcheck-round/9"}), "utf-8")
    run = sipcheck_main("compare", FEB, bad)
    assert run.code == 2
    assert "okänt format «sipcheck-round/9»" in run.stderr


def test_needs_two_rounds_and_a_file_for_binary_formats(sipcheck_main):
    run = sipcheck_main("compare", FEB)
    assert run.code == 2 and "minst två" in run.stderr
    run = sipcheck_main("compare", FEB, SEP, "--format", "docx")
    assert run.code == 2 and "--output" in run.stderr


def test_output_is_written_atomically_and_never_overwritten_without_force(sipcheck_main,
                                                                          tmp_path):
    target = tmp_path / "rapport.md"
    run = sipcheck_main("compare", FEB, SEP, "--output", target)
    assert run.code == 0 and "sparades" in run.stderr
    assert target.read_text("utf-8").startswith("# Jämförelse")  # format from the name
    target.write_text("keep", "utf-8")
    run = sipcheck_main("compare", FEB, SEP, "--output", target)
    assert run.code == 2 and "--force" in run.stderr
    assert target.read_text("utf-8") == "keep"
    run = sipcheck_main("compare", FEB, SEP, "--output", target, "--force", "-f", "json")
    assert run.code == 0
    assert json.loads(target.read_text("utf-8"))["format"] == "sipcheck-compare/1"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]  # no temporary left


def test_table_to_a_file_is_plain_text(sipcheck_main, tmp_path):
    target = tmp_path / "rapport.txt"
    assert sipcheck_main("compare", FEB, SEP, "-o", target).code == 0
    text = target.read_text("utf-8")
    assert "Syftet framgår" in text and "\x1b[" not in text


def test_csv_has_swedish_separators_and_a_bom():
    from sipcheck.rounds import load_round

    comparison = compare_rounds([load_round(FEB), load_round(SEP)])
    text = compare_csv(comparison, "sv")
    assert text.startswith("\ufeffscope;unit;unit_name;criterion")
    assert ";33,33;" in text
    assert ",33.33," in compare_csv(comparison, "en")


def test_compare_does_not_accept_a_missing_file(sipcheck_main, tmp_path):
    run = sipcheck_main("compare", FEB, tmp_path / "saknas.json")
    assert run.code == 2 and "finns inte" in run.stderr


def test_load_errors_are_sipcheck_errors(tmp_path):
    from sipcheck.rounds import load_round

    with pytest.raises(SipcheckError):
        load_round(Path(tmp_path / "none.json"))


def test_unit_tables_only_with_by_unit_but_the_unit_chart_whenever_there_are_units():
    from sipcheck.render.compare_html import compare_html

    rounds = [make_round("r1", {"a/1": "u", "b/1": "e"}), make_round("r2", {"a/1": "u",
                                                                          "b/1": "u"})]
    plain = compare_rounds(rounds)
    assert "Per enhet" not in compare_markdown(plain, "sv")
    assert ";unit;" not in compare_csv(plain, "sv").replace("scope;unit;", "")
    assert 'id="chart-units"' in compare_html(plain, "sv")
    by_unit = compare_rounds(rounds, by_unit=True)
    assert "## Per enhet" in compare_markdown(by_unit, "sv")
    assert "\r\nunit;a;a;" in compare_csv(by_unit, "sv")


def test_unreadable_plans_and_empty_criteria_do_not_break_any_format():
    from sipcheck.render.compare_docx import compare_docx
    from sipcheck.render.compare_html import compare_html
    from sipcheck.render.compare_terminal import compare_view

    before = make_round("r1", {"x/1": "nu", "x/2": "nu"})
    after = make_round("r2", {"x/1": "ne", "x/3": "nu"})
    after["plans"].append({"id": "x/9", "file": "x/9.pdf", "unit": "x", "date": None,
                           "format": "pdf", "status": "no_text", "problems": [],
                           "score": None, "statutory_missing": [], "criteria": []})
    comparison = compare_rounds([before, after], by_unit=True)
    a = by_id(comparison)["a"]
    assert a["rounds"][0]["share"] is None and a["changes"][0]["p"] is None
    assert comparison["rounds"][1]["plans"] == 3 and comparison["rounds"][1]["scored"] == 2
    assert "1 ej bedömda" in compare_markdown(comparison, "sv")
    compare_csv(comparison, "sv")
    compare_view(comparison, "en")
    assert "<svg" in compare_html(comparison, "sv")
    assert compare_docx(comparison, "sv")[:2] == b"PK"


def test_english_reports_have_no_swedish_words():
    from docx import Document

    from sipcheck.render.compare_docx import compare_docx
    from sipcheck.render.compare_html import compare_html
    from sipcheck.rounds import load_round

    rounds = [load_round(FEB), load_round(SEP)]
    comparison = compare_rounds(rounds, by_unit=True)
    attach_guidance(comparison, rounds)
    page = compare_html(comparison, "en")
    document = Document(io.BytesIO(compare_docx(comparison, "en")))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    for report in (page, text):
        for word in ("Förändring", "Andel", "utforskande", "Omgång", "planer", "granskad",
                     "Sida", "Figur ", "Vägledning", "procentenheter", "Kriterium"):
            assert word not in report, word
    assert 'lang="en"' in page and "Page" in document.sections[0].footer.paragraphs[0].text


def test_different_checklists_through_the_command_line(cli, tmp_path):
    paths = []
    for name, criteria, plans in [("r1", ["a", "old"], {"x/1": "ue"}),
                                  ("r2", ["a", "new"], {"x/1": "uu"})]:
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(make_round(name, plans, criteria=criteria)), "utf-8")
        paths.append(path)
    run = cli("compare", *paths)
    assert run.code == 0
    assert "olika checklistor" in " ".join(run.stdout.split())
    rows = [line.strip() for line in run.stdout.splitlines()]
    assert any(row.startswith("Kriterium A ") for row in rows)
    assert not any(row.startswith(("Kriterium OLD", "Kriterium NEW")) for row in rows)


# --- the order of the rounds -----------------------------------------------------------------

def test_rounds_given_newest_first_are_compared_oldest_first_and_the_user_is_told(
        sipcheck_main):
    rounds = REPO / "examples" / "rounds"
    run = sipcheck_main("compare", rounds / "2024-09.json", rounds / "2024-02.json",
                        "--format", "json")
    assert run.code == 0
    assert [info["label"] for info in json.loads(run.stdout)["rounds"]] == ["2024-02",
                                                                            "2024-09"]
    assert run.stderr.startswith("Omgångarna angavs inte i datumordning; de jämförs äldst "
                                 "först: 2024-02, 2024-09. Lägg till --keep-order")
    kept = sipcheck_main("compare", rounds / "2024-09.json", rounds / "2024-02.json",
                         "--format", "json", "--keep-order", "--lang", "en")
    assert [info["label"] for info in json.loads(kept.stdout)["rounds"]] == ["2024-09",
                                                                             "2024-02"]
    assert kept.stderr.startswith("Note: the rounds are compared in the order given")
    in_order = sipcheck_main("compare", rounds / "2024-02.json", rounds / "2024-09.json")
    assert in_order.stderr == ""


def test_a_round_is_dated_by_its_plans_then_its_name_then_its_review():
    from sipcheck.compare.comparison import round_date

    base = {"round": {"name": "höst", "created": "2024-12-01T10:00:00+00:00"},
            "plans": [{"date": None}]}
    assert round_date(base) == "2024-12-01"
    assert round_date({**base, "round": {**base["round"], "name": "2024-09"}}) == "2024-09"
    dated = {**base, "plans": [{"date": "2024-03-01"}, {"date": "2024-02-01"},
                               {"date": "2024-02-15"}]}
    assert round_date(dated) == "2024-02-15"
