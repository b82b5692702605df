"""What the workshop's pages show, as plain data from a round: the plans with their
counts, one judgement at a time, and the conflicts waiting to be settled.

The rule of `sipcheck assess` holds here too: while an expert judges, the suggestion is
shown but other experts' levels and comments are not, so that agreement between experts
stays worth measuring. The names of those who have answered are shown; their answers
appear once this expert has answered too. Settling a conflict shows every answer.

Everything quoted from the round (plan ids, evidence, comments) passes `privacy.redact`
again on the way out, as in every report.
"""

from __future__ import annotations

from sipcheck import privacy
from sipcheck.experts import assessments
from sipcheck.render.html_environment import css_colour
from sipcheck.scoring import (
    AUTOMATIC,
    CONFLICT,
    DECIDED,
    RESOLVED,
    bundled_match,
    experts_of,
    status,
)
from sipcheck.text import in_lang
from sipcheck.text.evidence import where as place
from sipcheck.text.numbers import percent


def level_view(round_data: dict, level_id: str, lang: str) -> dict:
    """A level as a button or a badge shows it: its key number, symbol, label, colour."""
    levels = round_data["checklist"]["levels"]
    for number, level in enumerate(levels, start=1):
        if level["id"] == level_id:
            return {"id": level_id, "number": number, "symbol": level.get("symbol") or "",
                    "label": in_lang(level, "label", lang, level_id),
                    "colour": css_colour(level.get("color") or "")}
    return {"id": level_id, "number": 0, "symbol": "", "label": level_id, "colour": "inherit"}


def _criteria(round_data: dict) -> dict[str, dict]:
    return {c["id"]: c for c in round_data["checklist"]["criteria"]}


def _own(result: dict, reviewer: str | None) -> dict | None:
    return next((a for a in result.get("assessments", [])
                 if reviewer and a["reviewer"] == reviewer), None)


def overview(round_data: dict, reviewer: str | None, unit: str | None,
             criterion: str | None, lang: str) -> dict:
    """The plans page: every plan (of `unit`) with its score and how many judgements (of
    `criterion`, or all) are decided by experts, open, or in conflict."""
    criteria = _criteria(round_data)
    if criterion not in criteria:
        criterion = None
    rows = []
    for plan in round_data["plans"]:
        if unit and plan.get("unit") != unit:
            continue
        row = {"id": privacy.redact(plan["id"], lang), "plan": plan["id"],
               "unit": plan.get("unit") or "", "readable": plan["score"] is not None,
               "score": percent(plan["score"]["percent"], lang) if plan["score"] else "–",
               "status": plan["status"]}
        results = [r for r in plan["criteria"] if criterion in (None, r["id"])]
        states = [status(r) for r in results]
        row.update(decided=sum(s in DECIDED for s in states),
                   open=states.count(AUTOMATIC), conflict=states.count(CONFLICT),
                   mine=sum(_own(r, reviewer) is not None for r in results),
                   total=len(results))
        if criterion and results:
            row["level"] = level_view(round_data, results[0]["level"], lang)
            row["state"] = states[0]
        rows.append(row)
    experts = experts_of(round_data)
    return {
        "rows": rows, "unit": unit or "", "criterion": criterion or "",
        "units": sorted({p.get("unit") or "" for p in round_data["plans"]} - {""}),
        "criteria": [{"id": c["id"], "title": in_lang(c, "title", lang, c["id"])}
                     for c in criteria.values()],
        "totals": {key: sum(row[key] for row in rows if row["readable"])
                   for key in ("decided", "open", "conflict", "mine", "total")},
        "conflicts": experts.get("conflict", 0),
        "decided": experts.get("decided", 0), "judgements": experts.get("judgements", 0),
    }


def walk(round_data: dict, plan_id: str, criterion_id: str, across: bool,
         unit: str | None) -> list[tuple[str, str]]:
    """The judgements ← and → move through: the criteria of this plan, or (`across`) this
    criterion in every readable plan (of `unit`)."""
    plans = assessments.scored_plans(round_data)
    if across:
        return [(p["id"], criterion_id) for p in plans
                if not unit or p.get("unit") == unit]
    plan = next((p for p in plans if p["id"] == plan_id), None)
    return [(plan_id, r["id"]) for r in plan["criteria"]] if plan else []


def criterion_title(round_data: dict, criterion_id: str | None, lang: str) -> str | None:
    record = _criteria(round_data).get(criterion_id or "")
    return None if record is None else in_lang(record, "title", lang, record["id"])


def plan_criteria(round_data: dict, plan: dict, reviewer: str | None, lang: str) -> list:
    """The plan's criteria as the row of tabs above a judgement: short name, state, and
    whether this reviewer has answered."""
    criteria = _criteria(round_data)
    return [{"id": r["id"], "state": status(r), "mine": _own(r, reviewer) is not None,
             "short": in_lang(criteria[r["id"]], "short", lang)
             or in_lang(criteria[r["id"]], "title", lang, r["id"])}
            for r in plan["criteria"]]


def first_open(round_data: dict, plan_id: str, reviewer: str | None) -> str | None:
    """The criterion to open a plan at: the first this reviewer has not answered."""
    plan = next((p for p in assessments.scored_plans(round_data) if p["id"] == plan_id), None)
    if plan is None or not plan["criteria"]:
        return None
    for result in plan["criteria"]:
        if _own(result, reviewer) is None:
            return result["id"]
    return plan["criteria"][0]["id"]


def judgement(round_data: dict, plan_id: str, criterion_id: str, reviewer: str | None,
              lang: str, definitions: dict | None) -> dict | None:
    """The right-hand panel: one criterion of one plan, as `assess` shows it, or None when
    the round has no such judgement."""
    result = assessments.find_result(round_data, plan_id, criterion_id)
    if result is None:
        return None
    plan = next(p for p in round_data["plans"] if p["id"] == plan_id)
    criterion = _criteria(round_data)[criterion_id]
    own = _own(result, reviewer)
    automatic = assessments.automatic_level(result)
    default = own["level"] if own else automatic
    answers = [{"reviewer": a["reviewer"], "mine": a is own,
                "level": level_view(round_data, a["level"], lang),
                "comment": privacy.redact(a.get("comment") or "", lang)}
               for a in result.get("assessments", [])]
    resolution = result.get("resolution")
    return {
        "plan": plan_id, "plan_shown": privacy.redact(plan_id, lang),
        "unit": plan.get("unit") or "", "criterion": criterion_id,
        "title": in_lang(criterion, "title", lang, criterion_id),
        "statutory": bool(criterion.get("statutory")),
        "guidance": _guidance(criterion, lang, definitions),
        "definitions": None if definitions is None else [
            {"level": level_view(round_data, level, lang), "text": text}
            for level, text in definitions.get("levels", {}).get(criterion_id, [])],
        "evidence": [{"text": privacy.redact(e.get("text") or "", lang),
                      "where": place(e.get("where"), lang), "located": bool(e.get("where"))}
                     for e in result.get("evidence") or []],
        "suggestion": level_view(round_data, automatic, lang),
        "reason": privacy.redact(result.get("reason") or "", lang),
        "level": level_view(round_data, result["level"], lang),
        "status": status(result),
        "levels": [level_view(round_data, lv["id"], lang)
                   for lv in round_data["checklist"]["levels"]],
        "default": level_view(round_data, default, lang),
        "own": None if own is None else {"level": level_view(round_data, own["level"], lang),
                                         "comment": own.get("comment") or ""},
        # Others' answers once this expert has answered, as `assess` keeps them apart.
        "answers": answers if own is not None else [],
        "answered_by": [a["reviewer"] for a in answers],
        "resolution": None if resolution is None else {
            "reviewer": resolution["reviewer"],
            "level": level_view(round_data, resolution["level"], lang)},
    }


def _guidance(criterion: dict, lang: str, definitions: dict | None) -> str:
    text = in_lang(criterion, "guidance", lang) or (definitions or {}).get(
        "guidance", {}).get(criterion["id"], "")
    return " ".join((text or "").split())


def conflicts(round_data: dict, lang: str) -> dict:
    """The resolve page: judgements in conflict, and those already settled, each with
    every reviewer's level and comment."""
    waiting, settled = [], []
    criteria = _criteria(round_data)
    for plan in assessments.scored_plans(round_data):
        for result in plan["criteria"]:
            state = status(result)
            if state not in (CONFLICT, RESOLVED):
                continue
            resolution = result.get("resolution")
            item = {"plan": plan["id"], "plan_shown": privacy.redact(plan["id"], lang),
                    "unit": plan.get("unit") or "", "criterion": result["id"],
                    "title": in_lang(criteria[result["id"]], "title", lang, result["id"]),
                    "suggestion": level_view(round_data, assessments.automatic_level(result),
                                             lang),
                    "answers": [{"reviewer": a["reviewer"],
                                 "level": level_view(round_data, a["level"], lang),
                                 "comment": privacy.redact(a.get("comment") or "", lang)}
                                for a in result.get("assessments", [])],
                    "resolution": None if resolution is None else {
                        "reviewer": resolution["reviewer"],
                        "level": level_view(round_data, resolution["level"], lang),
                        "comment": privacy.redact(resolution.get("comment") or "", lang)}}
            (waiting if state == CONFLICT else settled).append(item)
    return {"waiting": waiting, "settled": settled,
            "levels": [level_view(round_data, lv["id"], lang)
                       for lv in round_data["checklist"]["levels"]]}


def checklist_texts(round_data: dict, checklist, lang: str) -> dict | None:
    """The level definitions (and guidance the round file lacks) per criterion, from the
    checklist the round was reviewed with: `checklist` when given and the same (sha256),
    else the bundled one when it is certainly the same; None when neither is at hand."""
    if checklist is None:
        checklist, _ = bundled_match(round_data["checklist"])
    if checklist is None or checklist.sha256 != round_data["checklist"].get("sha256"):
        return None
    levels, guidance = {}, {}
    for criterion in checklist.criteria:
        texts = criterion.definitions
        if lang == "en":
            texts = {**texts, **criterion.definitions_en}
        levels[criterion.id] = [(level.id, " ".join(texts[level.id].split()))
                                for level in checklist.levels if level.id in texts]
        guidance[criterion.id] = (criterion.guidance_en if lang == "en" else "") \
            or criterion.guidance
    return {"levels": levels, "guidance": guidance}
