"""How well the raters of a round agree: the automatic review against each expert, the
experts pairwise, and all experts together. Pure computation: a round in, a JSON-able
dictionary out (`--format json` prints it as is); the renderers only lay it out.

Why these numbers:

- percent agreement is what readers understand, so every coefficient stands beside it;
- Cohen's kappa with quadratic weights (two raters) says how much of that agreement is
  more than chance, with a near miss ("delvis" for "uppfyllt") costing less than opposite
  ends of the scale;
- Krippendorff's alpha (all experts) because experts rarely judge every plan: it uses
  whatever was judged by at least two;
- Fleiss' kappa (three experts or more) because readers of the literature expect it; it
  needs the same raters on every judgement, so it uses only those everyone judged and
  says how many that is.

Rounds are small. Every figure keeps its count, a figure resting on fewer than `FEW`
judgements is flagged `few`, and an undefined coefficient is None with the reason
(`undefined`), never a misleading 0 or 1.

Comments, plan ids and names were masked when stored, but a round file can be edited by
hand, so everything textual passes `privacy.redact` again on the way out.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from sipcheck import __version__, privacy
from sipcheck.experts import agreement_stats
from sipcheck.experts.assessments import automatic_level, reviewers, scored_plans
from sipcheck.scoring import CHANGED, CONFLICT, RESOLVED, expert_summary, status
from sipcheck.text import SipcheckError, Text

FORMAT = "sipcheck-agreement/1"
FEW = 20  # fewer judgements than this: "få bedömningar: osäkert värde"

AUTOMATIC, REVIEWERS, ALL = "automatic", "reviewers", "all_reviewers"
COHEN, ALPHA, FLEISS = "cohen_kappa", "krippendorff_alpha", "fleiss_kappa"
NONE, ONE_LEVEL = "none", "one_level"  # why a coefficient is undefined


@dataclass(frozen=True)
class Judgement:
    """One plan × criterion: the automatic level and each expert's level by name."""

    plan: str
    criterion: str
    automatic: str
    levels: dict[str, str]


def agreement(round_data: dict, lang: str = "sv", source: str | None = None) -> dict:
    """The agreement report of a round. Raises SipcheckError when no expert has answered
    (`source` names the round file in that message)."""
    names = reviewers(round_data)
    if not names:
        raise _no_answers(source)
    order, nominal = scale(round_data)
    criteria = [c["id"] for c in round_data["checklist"]["criteria"]]
    judgements = [j for j in _judgements(round_data) if j.criterion in criteria]

    def clean(text: str) -> str:
        return privacy.redact(text, lang)

    def scope(items: list[Judgement]) -> dict:
        return {"comparisons": comparisons(items, names, order, nominal)}

    checklist = round_data["checklist"]
    experts = expert_summary(scored_plans(round_data))
    experts.pop("reviewers")
    return {
        "format": FORMAT,
        "tool": {"name": "sipcheck", "version": __version__},
        "round": {"name": clean(str(round_data["round"].get("name") or "")),
                  "created": round_data["round"].get("created")},
        "checklist": {
            "id": checklist["id"], "version": checklist.get("version"),
            "title": checklist.get("title"), "levels": checklist["levels"],
            "criteria": [{key: c.get(key) for key in
                          ("id", "title", "title_en", "short", "short_en", "statutory")}
                         for c in checklist["criteria"]]},
        "scale": {"order": order, "nominal": sorted(nominal)},
        # Reviewers' names are the experts' own labels, not data from a plan: shown as
        # given, so that two experts never collapse into one masked name.
        "reviewers": names,
        "few_below": FEW,
        "experts": experts,
        "overall": scope(judgements),
        "criteria": [{"id": cid, **scope([j for j in judgements if j.criterion == cid])}
                     for cid in criteria],
        "disagreements": disagreements(round_data, criteria, clean),
    }


def scale(round_data: dict) -> tuple[list[str], frozenset[str]]:
    """The ordinal levels (those with points, fewest points first) and the nominal ones
    (without points, such as "ej tillämpligt")."""
    levels = round_data["checklist"]["levels"]
    order = [lv["id"] for lv in sorted((lv for lv in levels if lv.get("points") is not None),
                                       key=lambda lv: lv["points"])]
    return order, frozenset(lv["id"] for lv in levels if lv.get("points") is None)


def _judgements(round_data: dict) -> list[Judgement]:
    return [Judgement(plan["id"], result["id"], automatic_level(result),
                      {a["reviewer"]: a["level"] for a in result.get("assessments", [])})
            for plan in scored_plans(round_data) for result in plan["criteria"]]


def comparisons(items: list[Judgement], names: list[str], order: list[str],
                nominal: frozenset[str]) -> list[dict]:
    """Automatic against each expert, each pair of experts, then all experts together."""
    out = []
    for name in names:
        pairs = [(j.automatic, j.levels[name]) for j in items if name in j.levels]
        out.append(_pairwise(AUTOMATIC, [name], pairs, order, nominal))
    for first, second in combinations(names, 2):
        pairs = [(j.levels[first], j.levels[second]) for j in items
                 if first in j.levels and second in j.levels]
        out.append(_pairwise(REVIEWERS, [first, second], pairs, order, nominal))
    if len(names) >= 2:
        units = [[j.levels[n] for n in names if n in j.levels] for j in items]
        units = [unit for unit in units if len(unit) >= 2]
        value = agreement_stats.krippendorff_alpha(units, order, nominal)
        out.append(_group(ALPHA, names, units, value, agreement_stats.interpret_alpha(value)))
    if len(names) >= 3:
        items_all = [[j.levels[n] for n in names] for j in items
                     if all(n in j.levels for n in names)]
        value = agreement_stats.fleiss_kappa(items_all)
        out.append(_group(FLEISS, names, items_all, value,
                          agreement_stats.interpret_kappa(value)))
    return out


def _pairwise(kind: str, names: list[str], pairs: list[tuple[str, str]], order: list[str],
              nominal: frozenset[str]) -> dict:
    value = agreement_stats.cohen_kappa(pairs, order, nominal, weights="quadratic")
    agreeing = sum(a == b for a, b in pairs)
    return _entry(kind, names, COHEN, len(pairs), agreeing, value,
                  agreement_stats.interpret_kappa(value),
                  {level for pair in pairs for level in pair})


def _group(statistic: str, names: list[str], units: list[list[str]], value: float | None,
           band: str | None) -> dict:
    agreeing = sum(len(set(unit)) == 1 for unit in units)
    return _entry(ALL, names, statistic, len(units), agreeing, value, band,
                  {level for unit in units for level in unit})


def _entry(kind: str, names: list[str], statistic: str, n: int, agreeing: int,
           value: float | None, band: str | None, used: set[str]) -> dict:
    undefined = None
    if value is None:
        only = next(iter(used)) if len(used) == 1 else None
        undefined = {"reason": ONE_LEVEL if n and only else NONE,
                     "level": only if n else None}
    return {"kind": kind, "reviewers": list(names), "statistic": statistic,
            "judgements": n, "agreeing": agreeing,
            "percent": agreeing / n if n else None,
            "value": value, "band": band, "undefined": undefined, "few": n < FEW}


def disagreements(round_data: dict, criteria: list[str], clean) -> list[dict]:
    """Every judgement where the experts chose another level than the automatic review
    (what tells which rules to improve) or disagreed among themselves (a conflict, or one
    since resolved), in the round's plan order and the checklist's criterion order."""
    position = {cid: index for index, cid in enumerate(criteria)}
    out = []
    for plan in scored_plans(round_data):
        results = sorted((r for r in plan["criteria"] if r["id"] in position),
                         key=lambda r: position[r["id"]])
        for result in results:
            if status(result) not in (CHANGED, CONFLICT, RESOLVED):
                continue
            resolution = result.get("resolution")
            out.append({
                "plan": clean(plan["id"]), "unit": clean(plan.get("unit") or ""),
                "criterion": result["id"], "automatic": automatic_level(result),
                "final": result["level"], "status": status(result),
                "assessments": [_answer(a, clean) for a in result.get("assessments", [])],
                "resolution": _answer(resolution, clean) if resolution else None})
    return out


def _answer(answer: dict, clean) -> dict:
    return {"reviewer": answer["reviewer"], "level": answer["level"],
            "comment": clean(answer.get("comment") or "")}


def _no_answers(source: str | None) -> SipcheckError:
    name = source or "OMGÅNG.json"
    name_en = source or "ROUND.json"
    return SipcheckError(
        Text(f"{name} har inga bedömningar av experter ännu, så det finns ingen överensstämmelse "
             f"att räkna ut. Bedöm först planerna med sipcheck assess {name} --reviewer NAMN, "
             f"eller läs in bedömningar med sipcheck assess {name} --import FIL.",
             f"{name_en} has no experts' judgements yet, so there is no agreement to compute. "
             f"First judge the plans with sipcheck assess {name_en} --reviewer NAME, or read "
             f"judgements in with sipcheck assess {name_en} --import FILE."))
