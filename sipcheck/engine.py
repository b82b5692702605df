"""The engine: a plan and a checklist in, a level per criterion out.

Checks only say whether a condition holds and quote the text that shows it. The engine
walks each criterion's rules in order (the first rule whose condition holds gives the
level), adds up points, and writes the reason sentence: why this level, and what the next
level up asks for, in the words of the checklist's level definitions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sipcheck.checklist.model import Checklist, Criterion
from sipcheck.rules import CHECKS
from sipcheck.rules.base import Evidence, Finding
from sipcheck.sections import Plan

# Said of a level whose evidence stood outside the sections its rule asked about.
OUTSIDE = ("hittat i planens övriga text, inte under en egen rubrik",
           "found in the plan's other text, not under a heading of its own")


@dataclass
class CriterionResult:
    id: str
    level: str
    points: float | None
    max: float
    evidence: list[Evidence]
    reason: str
    reason_en: str

    def to_dict(self, lang: str = "sv") -> dict:
        return {"id": self.id, "level": self.level, "points": self.points, "max": self.max,
                "evidence": [e.to_dict() for e in self.evidence],
                "reason": self.reason_en if lang == "en" else self.reason}


@dataclass
class Outcome:
    """A condition's result: passed or not, the evidence, and the notes of its checks."""

    passed: bool
    evidence: list[Evidence] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    outside: bool = False  # found only outside the sections asked about


class _Evaluator:
    """Evaluates conditions for one plan; identical checks run once per plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.cache: dict[str, Finding] = {}

    def finding(self, check: dict) -> Finding:
        cache_key = _check_key(check)
        if cache_key not in self.cache:
            options = {k: v for k, v in check.items() if k != "kind"}
            self.cache[cache_key] = CHECKS[check["kind"]](options, self.plan)
        return self.cache[cache_key]

    def evaluate(self, condition: dict) -> Outcome:
        if "kind" in condition:
            found = self.finding(condition)
            notes = [(found.note, found.note_en)] if found.note else []
            return Outcome(found.passed, list(found.evidence), notes, found.outside)
        if "not" in condition:
            inner = self.evaluate(condition["not"])
            return Outcome(not inner.passed, [], [])
        if "all" in condition:
            parts = [self.evaluate(c) for c in condition["all"]]
            passed = all(p.passed for p in parts)
            return Outcome(passed, _merge(p.evidence for p in parts if p.passed or not passed),
                           [n for p in parts if not p.passed for n in p.notes],
                           passed and any(p.outside for p in parts))
        parts = [self.evaluate(c) for c in condition["any"]]
        winners = [p for p in parts if p.passed]
        if winners:
            return Outcome(True, _merge(p.evidence for p in winners), [],
                           all(p.outside for p in winners))
        return Outcome(False, _merge(p.evidence for p in parts),
                       [n for p in parts for n in p.notes])


# A check's text, for finding identical checks: the checklist's check dicts live as long
# as the process and are never changed, so each is written out once, not once per plan.
_CHECK_KEYS: dict[int, tuple[dict, str]] = {}
CHECK_KEYS_KEPT = 4096


def _check_key(check: dict) -> str:
    known = _CHECK_KEYS.get(id(check))
    if known is None or known[0] is not check:
        if len(_CHECK_KEYS) >= CHECK_KEYS_KEPT:  # checklists loaded again and again
            _CHECK_KEYS.clear()
        known = _CHECK_KEYS[id(check)] = (
            check, json.dumps(check, sort_keys=True, ensure_ascii=False))
    return known[1]


def _merge(groups, limit: int = 3) -> list[Evidence]:
    merged: list[Evidence] = []
    for group in groups:
        for item in group:
            if item not in merged:
                merged.append(item)
    return merged[:limit]


def assess(plan: Plan, checklist: Checklist) -> list[CriterionResult]:
    """Levels for every criterion of the checklist, in checklist order."""
    evaluator = _Evaluator(plan)
    return [_assess_one(criterion, checklist, evaluator) for criterion in checklist.criteria]


def _assess_one(criterion: Criterion, checklist: Checklist,
                evaluator: _Evaluator) -> CriterionResult:
    chosen = None
    failures: list[Outcome] = []
    for rule in criterion.rules:
        outcome = evaluator.evaluate(rule.when)
        if outcome.passed:
            chosen = (rule, outcome)
            break
        failures.append(outcome)
    if chosen:
        rule, outcome = chosen
        # What kept a higher level out comes first: the rows lacking who, the vague line.
        level_id = rule.level
        evidence = _merge([*(f.evidence for f in failures), outcome.evidence])
        why, why_en = rule.reason, rule.reason_en or rule.reason
        if not why:
            why, why_en = _definition_reason(criterion, level_id)
        if outcome.outside:
            why = f"{why.rstrip('. ')} ({OUTSIDE[0]})"
            why_en = f"{(why_en or why).rstrip('. ')} ({OUTSIDE[1]})"
    else:
        level_id = criterion.otherwise
        evidence = _merge(f.evidence for f in failures)
        why, why_en = criterion.otherwise_reason, criterion.otherwise_reason_en
        if not why:
            notes = list(dict.fromkeys(n for f in failures for n in f.notes))
            why = "; ".join(sv for sv, _ in notes).capitalize() or "Inget hittades"
            why_en = "; ".join(en for _, en in notes).capitalize() or "Nothing was found"
    level = checklist.level(level_id)
    top = checklist.max_points * criterion.weight
    points = None if level.points is None else level.points * criterion.weight
    reason, reason_en = _with_next_step(why, why_en or why, criterion, checklist, level_id)
    return CriterionResult(criterion.id, level_id, points, 0 if points is None else top,
                           evidence, reason, reason_en)


def _definition_reason(criterion: Criterion, level_id: str) -> tuple[str, str]:
    sv = criterion.definitions.get(level_id, "")
    en = criterion.definitions_en.get(level_id, sv)
    return (_capital(sv) or "Regeln gäller"), (_capital(en) or "The rule holds")


def _with_next_step(why: str, why_en: str, criterion: Criterion, checklist: Checklist,
                    level_id: str) -> tuple[str, str]:
    """Joins why with what the best level requires, as one sentence. Advice points at the
    best level, not the one just above: a level between describes what a plan that falls
    short looks like ("bara det ena av dessa", "samtycke bara omnämnt"), which is no
    advice."""
    level = checklist.level(level_id)
    why, why_en = why.rstrip(". "), why_en.rstrip(". ")
    if level.points is None:
        return why + ".", why_en + "."
    better = sorted((lv for lv in checklist.levels
                     if lv.points is not None and lv.points > level.points),
                    key=lambda lv: lv.points)
    if not better:
        return why + ".", why_en + "."
    step = better[-1]
    need = criterion.definitions.get(step.id) or criterion.guidance
    need_en = criterion.definitions_en.get(step.id) or criterion.guidance_en or need
    if not need:
        return why + ".", why_en + "."
    return (f"{why} – för {step.label.lower()} krävs: {_lower(need).rstrip('.')}.",
            f"{why_en} – {step.label_en.lower()} requires: {_lower(need_en).rstrip('.')}.")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(text: str) -> str:
    """Lower-cases the first letter to continue a sentence, but not an acronym ("LIX")."""
    first = text.split(" ", 1)[0]
    return text if len(first) > 1 and first.isupper() else text[:1].lower() + text[1:]
