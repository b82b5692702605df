"""Expert cases: each small Markdown plan gets the level a SIP expert gives for one criterion.

The cases live in `criteria_cases.yaml`, written from the checklist's level `definitions`
(not from its rules), so a failure here means either the case or the rule is wrong: read
the case's `why` and the engine's reason and evidence in the failure message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sipcheck.checklist import Checklist, load_checklist
from sipcheck.documents import Status, read_document
from sipcheck.engine import CriterionResult, assess
from sipcheck.sections import find_sections

CASES_FILE = Path(__file__).with_name("criteria_cases.yaml")
CASES: list[dict] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
CASE_KEYS = {"id", "criterion", "level", "why", "plan"}


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return load_checklist("kvalitetskollen")


def _describe(result: CriterionResult, found: set[str]) -> str:
    evidence = "\n".join(
        f"    - {e.text!r} @ {e.location.to_dict()}" for e in result.evidence
    ) or "    (none)"
    return (
        f"engine level: {result.level}\n"
        f"  reason: {result.reason}\n"
        f"  evidence:\n{evidence}\n"
        f"  sections found: {sorted(found)}"
    )


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_case_gets_the_expert_level(case: dict, checklist: Checklist, tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(case["plan"], encoding="utf-8")
    document = read_document(path)
    assert document.status is Status.OK, document.message
    plan = find_sections(document, checklist.vocabulary())
    results = {result.id: result for result in assess(plan, checklist)}
    result = results[case["criterion"]]
    assert result.level == case["level"], (
        f"{case['id']}: expected {case['criterion']} = {case['level']} ({case['why']})\n"
        + _describe(result, plan.found_ids())
    )


def test_cases_are_well_formed(checklist: Checklist) -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    criteria = {criterion.id: criterion for criterion in checklist.criteria}
    for case in CASES:
        assert set(case) == CASE_KEYS, f"{case.get('id')}: keys {sorted(case)}"
        assert case["criterion"] in criteria, f"{case['id']}: unknown criterion"
        assert case["level"] in criteria[case["criterion"]].definitions, (
            f"{case['id']}: level {case['level']} has no definition for {case['criterion']}"
        )
        assert case["plan"].strip() and case["why"].strip(), case["id"]


def test_cases_cover_every_criterion_and_defined_level(checklist: Checklist) -> None:
    covered = {(case["criterion"], case["level"]) for case in CASES}
    # Every scored level (not "ej_tillampligt") and every level a criterion defines.
    scored = [level.id for level in checklist.levels if level.points is not None]
    wanted = {(criterion.id, level) for criterion in checklist.criteria
              for level in [*scored, *criterion.definitions]}
    assert wanted, "the checklist defines no levels"
    missing = sorted(wanted - covered)
    assert not missing, f"criterion × level without a case: {missing}"
