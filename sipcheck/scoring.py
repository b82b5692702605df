"""Points, scores and the round summary, computed from a round's own record.

The review computes a plan's score when it assesses the plan; an expert's judgement
(`sipcheck.experts.assessments`) can change a level long after, when only the round file
is at hand. Both therefore score from the same plain data: the round's `checklist` section
(levels with points, criteria with weights and the statutory flag) and the plan entry's
levels. The level a result holds is always the final one, and the summary counts how many
of them experts decided; the statuses that say so are defined here, with the summary,
so that scoring never needs the experts' module."""

from __future__ import annotations

STATUTORY = "statutory_missing"

# Whose level a result holds (see `sipcheck.experts.assessments`, which decides it): none
# ("automatic"), agreeing experts ("confirmed", "changed"), disagreeing experts
# ("conflict"), or a resolution ("resolved").
AUTOMATIC, CONFIRMED, CHANGED, CONFLICT, RESOLVED = (
    "automatic", "confirmed", "changed", "conflict", "resolved")
# An expert has decided the final level of these.
DECIDED = (CONFIRMED, CHANGED, RESOLVED)


def checklist_record(checklist) -> dict:
    """The `checklist` section of a round file for a loaded `Checklist`."""
    return {
        "id": checklist.id, "version": checklist.version, "sha256": checklist.sha256,
        "title": checklist.title,
        "levels": [{"id": lv.id, "label": lv.label, "label_en": lv.label_en,
                    "points": lv.points, "symbol": lv.symbol, "color": lv.color}
                   for lv in checklist.levels],
        "criteria": [{"id": c.id, "title": c.title, "title_en": c.title_en,
                      "short": c.short, "short_en": c.short_en,
                      "weight": c.weight, "statutory": c.statutory,
                      "guidance": c.guidance, "guidance_en": c.guidance_en}
                     for c in checklist.criteria],
    }


def bundled_match(record: dict, loader=None):
    """The bundled checklist a round was reviewed with: `(checklist, None)`, or `(None,
    reason)` with reason "not_bundled" (no bundled checklist has the round's id) or
    "changed" (the bundled one has changed since: another sha256). Older round files hold
    no guidance; reports fetch it from here, and only when it is certainly the same.
    `loader` loads a bundled checklist by name (default `checklist.loader.load_checklist`)."""
    from sipcheck.text import SipcheckError

    if loader is None:
        from sipcheck.checklist.loader import load_checklist
        from sipcheck.checklist.sources import bundled_names

        if record.get("id") not in bundled_names():
            return None, "not_bundled"
        loader = load_checklist
    try:
        checklist = loader(record["id"])
    except SipcheckError:
        return None, "not_bundled"
    if checklist.sha256 != record.get("sha256"):
        return None, "changed"
    return checklist, None


def _points(record: dict) -> dict[str, float | None]:
    return {lv["id"]: lv.get("points") for lv in record["levels"]}


def fulfilled_level(record: dict) -> str:
    """The best level (most points): the one a share of fulfilling plans counts."""
    scored = [lv for lv in record["levels"] if lv.get("points") is not None]
    return max(scored, key=lambda lv: lv["points"])["id"]


def score_plan(entry: dict, record: dict, lang: str = "sv") -> dict:
    """Sets every result's points and max from its level, the plan's score, the statutory
    criteria it misses and the matching problem line. Returns `entry`."""
    points = _points(record)
    top = max(p for p in points.values() if p is not None)
    lowest = min(p for p in points.values() if p is not None)
    criteria = {c["id"]: c for c in record["criteria"]}
    for result in entry["criteria"]:
        weight = criteria[result["id"]]["weight"]
        level_points = points[result["level"]]
        result["points"] = None if level_points is None else level_points * weight
        result["max"] = 0 if level_points is None else top * weight
    got = sum(r["points"] or 0 for r in entry["criteria"])
    maximum = sum(r["max"] for r in entry["criteria"])
    entry["score"] = {"points": got, "max": maximum,
                      "percent": round(100 * got / maximum, 1) if maximum else None}
    entry[STATUTORY] = [
        r["id"] for r in entry["criteria"] if criteria[r["id"]]["statutory"]
        and r["points"] is not None and r["points"] <= lowest * criteria[r["id"]]["weight"]]
    entry["problems"] = [p for p in entry["problems"] if p["code"] != STATUTORY]
    if entry[STATUTORY]:
        names = ", ".join(criteria[i]["title"] for i in entry[STATUTORY])
        names_en = ", ".join(criteria[i].get("title_en") or criteria[i]["title"]
                             for i in entry[STATUTORY])
        entry["problems"].append({
            "code": STATUTORY, "severity": "warning",
            "message": f"The plan lacks statutory content: {names_en}." if lang == "en"
            else f"Planen saknar lagkrav: {names}.", "where": {}})
    return entry


def summarise(plans: list[dict], record: dict) -> dict:
    """Counts per criterion and level, the share fulfilled, the mean score, and how many
    judgements an expert has decided (see `sipcheck.experts.assessments`)."""
    points = _points(record)
    scored = [p for p in plans if p["score"] is not None]
    percents = [p["score"]["percent"] for p in scored if p["score"]["percent"] is not None]
    fulfilled = fulfilled_level(record)
    criteria = []
    for criterion in record["criteria"]:
        counts = {lv_id: 0 for lv_id in points}
        for plan in scored:
            for result in plan["criteria"]:
                if result["id"] == criterion["id"]:
                    counts[result["level"]] += 1
        applicable = sum(n for lv_id, n in counts.items() if points[lv_id] is not None)
        criteria.append({"id": criterion["id"], "counts": counts, "applicable": applicable,
                         "fulfilled": counts[fulfilled],
                         "share": round(counts[fulfilled] / applicable, 4) if applicable
                         else None})
    statuses: dict[str, int] = {}
    for plan in plans:
        statuses[plan["status"]] = statuses.get(plan["status"], 0) + 1
    return {
        "plans": len(plans), "scored": len(scored), "not_scored": len(plans) - len(scored),
        "statuses": statuses,
        "mean_percent": round(sum(percents) / len(percents), 1) if percents else None,
        "statutory_met": sum(1 for p in scored if not p[STATUTORY]),
        "criteria": criteria,
        "experts": expert_summary(scored),
    }


def summary_view(entry: dict, shared: dict) -> dict:
    """What `summarise` reads of a plan's entry: its score, status and statutory criteria
    missed, and each result's id, level, status and answers. A round whose entries are
    packed (`plan_entries`) is summarised from these; results nobody has answered are
    the same few (criterion, level) pairs in every plan, and are kept once in `shared`."""
    view = {key: entry[key] for key in ("score", "status", STATUTORY) if key in entry}
    if "criteria" in entry:
        results = []
        for result in entry["criteria"]:
            small = {key: result[key] for key in ("id", "level", "status", "assessments")
                     if key in result}
            if "assessments" not in small:
                small = shared.setdefault(tuple(small.items()), small)
            results.append(small)
        view["criteria"] = results
    return view


def status(result: dict) -> str:
    return result.get("status", AUTOMATIC)


def reviewer_key(name: str) -> str:
    """A reviewer as compared: "Anna", " anna " and "ANNA" are one reviewer."""
    return " ".join(str(name).split()).casefold()


def experts_names(results) -> list[str]:
    """Every reviewer who has answered one of `results`, in the order they first appear
    (as first written: "Anna" and "anna " are one)."""
    names: dict[str, str] = {}
    for result in results:
        for answer in result.get("assessments", []):
            names.setdefault(reviewer_key(answer["reviewer"]), answer["reviewer"])
    return list(names.values())


def expert_summary(plans: list[dict]) -> dict:
    """How many judgements (plan × criterion) experts have looked at and decided."""
    results = [r for p in plans for r in p["criteria"]]
    counts = {s: sum(1 for r in results if status(r) == s)
              for s in (CONFIRMED, CHANGED, CONFLICT, RESOLVED)}
    return {"judgements": len(results),
            "assessed": sum(1 for r in results if r.get("assessments")),
            "decided": sum(counts[s] for s in DECIDED),
            **counts, "reviewers": experts_names(results)}


def experts_of(round_data: dict) -> dict:
    """The round's `summary.experts`, computed for round files written before it existed."""
    return (round_data.get("summary") or {}).get("experts") or \
        expert_summary([p for p in round_data["plans"] if p["score"] is not None])
