"""Expert cases: each bundled checklist's `examples`, a small Markdown plan per criterion
and level, get the level a SIP expert gives them.

The examples live in the checklists themselves (`examples:` under each criterion) and were
written from the level `definitions`, not from the rules, so a failure means either the
example or the rule is wrong: read the example's `why` and the engine's reason. They run
the way `sipcheck checklist test` runs them (a .md file, the Markdown reader, the section
finder, the engine), one test per example; a child checklist runs its parent's examples
too, for the criteria whose rules it keeps.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, REPO

from sipcheck.checklist.examples import run_examples
from sipcheck.checklist.loader import load_checklist
from sipcheck.checklist.model import Checklist
from sipcheck.checklist.sources import bundled_names

BUNDLED = {name: load_checklist(name) for name in bundled_names()}
CASES = [(name, criterion, example) for name, checklist in BUNDLED.items()
         for criterion in checklist.criteria for example in criterion.examples]


def test_the_three_bundled_checklists():
    assert sorted(BUNDLED) == ["kvalitetskollen", "lagkrav", "sip-barn"]


@pytest.mark.parametrize("name, criterion, example", CASES,
                         ids=[f"{name}:{example.name}" for name, _, example in CASES])
def test_example_gets_the_expert_level(name, criterion, example):
    checklist = replace(BUNDLED[name], criteria=[replace(criterion, examples=[example])])
    [result] = run_examples(checklist)
    assert result.got == example.level, (
        f"{example.file}:{example.line}: {example.name}: expected {criterion.id} = "
        f"{example.level} ({example.why})\n  engine level: {result.got}\n"
        f"  reason: {result.reason}")


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_every_level_of_every_criterion_has_an_example(name):
    """Every level a criterion can give (its rules and `otherwise`) or defines."""
    missing = []
    for criterion in BUNDLED[name].criteria:
        wanted = {rule.level for rule in criterion.rules} | {criterion.otherwise} | set(
            criterion.definitions)
        covered = {example.level for example in criterion.examples}
        missing += [f"{criterion.id}/{level}" for level in sorted(wanted - covered)]
    assert not missing, f"{name}: criterion/level without an example: {missing}"


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_examples_are_well_formed(name):
    checklist = BUNDLED[name]
    names = [example.name for c in checklist.criteria for example in c.examples]
    assert len(names) == len(set(names)), "example names must be unique in a checklist"
    for criterion in checklist.criteria:
        for example in criterion.examples:
            assert example.level in criterion.definitions, (
                f"{example.name}: {criterion.id} does not define {example.level}")
            assert example.plan.strip() and example.why.strip(), example.name


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_checklist_test_passes_on_every_bundled_checklist(cli, name):
    run = cli("checklist", "test", name)
    assert run.code == 0, run.stdout + run.stderr
    count = sum(len(c.examples) for c in BUNDLED[name].criteria)
    assert run.stdout.splitlines()[-1] == (
        f"{name}.yaml: {count} av {count} exempel godkända, 0 underkända.")


def test_sip_barn_runs_its_parents_examples_and_its_own():
    parent = sum(len(c.examples) for c in BUNDLED["kvalitetskollen"].criteria)
    files = {example.file for c in BUNDLED["sip-barn"].criteria for example in c.examples}
    assert files == {"kvalitetskollen.yaml", "sip-barn.yaml"}
    assert sum(len(c.examples) for c in BUNDLED["sip-barn"].criteria) > parent


# --- lagkrav: the four statutory items, strictly ---------------------------------------------

def test_lagkrav_is_the_four_statutory_items():
    lagkrav = BUNDLED["lagkrav"]
    assert [c.id for c in lagkrav.criteria] == ["insatser", "ansvar", "huvudansvar",
                                                "andra_aktorer"]
    assert all(c.statutory for c in lagkrav.criteria)
    statutory = [c.id for c in BUNDLED["kvalitetskollen"].criteria if c.statutory]
    assert statutory == [c.id for c in lagkrav.criteria]


def test_lagkrav_never_gives_partly():
    for criterion in BUNDLED["lagkrav"].criteria:
        assert {rule.level for rule in criterion.rules} == {"uppfyllt"}, criterion.id
        assert criterion.otherwise == "ej_uppfyllt"
        assert set(criterion.definitions) == {"uppfyllt", "ej_uppfyllt"}


def test_lagkrav_examples_that_say_kvalitetskollen_gives_partly_are_partly_there():
    """The examples that show where lagkrav is stricter (or, where the law asks less, more
    lenient) than kvalitetskollen are judged "delvis" by kvalitetskollen, as they say."""
    kvalitetskollen = BUNDLED["kvalitetskollen"]
    default = {c.id: c for c in kvalitetskollen.criteria}
    checked = 0
    for criterion in BUNDLED["lagkrav"].criteria:
        claims = [e for e in criterion.examples if "kvalitetskollen ger delvis" in e.why]
        as_default = replace(kvalitetskollen,
                             criteria=[replace(default[criterion.id], examples=claims)])
        for result in run_examples(as_default):
            assert result.got == "delvis", result.example.name
            checked += 1
    assert checked >= 5


# --- sip-barn: what it adds leaves kvalitetskollen's criteria as they were -------------------

def test_sip_barn_judges_the_parents_criteria_like_the_parent():
    from sipcheck.review import review_paths

    plans = EXAMPLES / "2024-09"  # plans in several formats
    default = review_paths([plans], BUNDLED["kvalitetskollen"])
    children = review_paths([plans], BUNDLED["sip-barn"])
    for plan, child_plan in zip(default["plans"], children["plans"], strict=True):
        levels = {c["id"]: c["level"] for c in plan["criteria"]}
        child_levels = {c["id"]: c["level"] for c in child_plan["criteria"]}
        assert {k: child_levels[k] for k in levels} == levels, plan["id"]
        assert set(child_levels) - set(levels) == {"barnets_rost", "vardnadshavare", "skolan"}


def test_criteria_cases_file_is_gone():
    """The expert cases moved into the checklists as `examples:`."""
    assert not (REPO / "tests" / "criteria_cases.yaml").exists()
    data = yaml.safe_load((REPO / "checklists" / "kvalitetskollen.yaml").read_text("utf-8"))
    assert sum(len(c.get("examples", [])) for c in data["criteria"]) == 267


def test_bundled_checklist_examples_are_checked_against_the_real_reader(tmp_path: Path):
    """A failing example is reported with where it is written and why."""
    checklist: Checklist = BUNDLED["kvalitetskollen"]
    syfte = checklist.criteria[0]
    wrong = replace(syfte.examples[0], level="ej_uppfyllt")
    [result] = run_examples(replace(checklist, criteria=[replace(syfte, examples=[wrong])]))
    assert not result.passed and result.got == "uppfyllt"
    assert result.example.file == "kvalitetskollen.yaml" and result.example.line > 0
