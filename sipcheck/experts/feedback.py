"""Feedback for the team that wrote one plan: what to tell them about it, and in which order.

A review round is discussed with each team afterwards, as a learning session, not a
verdict. The team should see its own plan only: every criterion with its final level, who
decided it, the quotations it rests on, the experts' comments and the checklist's advice,
the gaps first. It must never see another plan's results or the round's summary, so this
module reads one plan entry and the checklist section, nothing else.

`feedback` returns plain data; `sipcheck.render.feedback_sentences` words it, so the four
renderers (terminal, Markdown, HTML, Word) only lay it out and say the same thing. Every
text taken from the round passes `privacy.redact` again here: the round file is plain JSON
that anyone can edit by hand, and the team's feedback is exactly the document that leaves
the room.
"""

from __future__ import annotations

import difflib

from sipcheck import privacy
from sipcheck.experts.assessments import automatic_level, status
from sipcheck.rounds import unit_name
from sipcheck.scoring import bundled_match, fulfilled_level
from sipcheck.text import SipcheckError, Text, in_lang
from sipcheck.text.evidence import distinct, where
from sipcheck.text.words import STATUS, words

MAX_SUGGESTIONS = 10


def feedback(round_data: dict, plan_id: str, lang: str = "sv", loader=None) -> dict:
    """What to tell the team behind `plan_id`, in order (see the module docstring).

    `loader` loads a bundled checklist by name (default `checklist.loader.load_checklist`); it is
    used only when the round file was written without guidance."""
    plan = _find_plan(round_data, plan_id, lang)
    clean = _cleaner(lang)
    record = round_data["checklist"]
    criteria = {c["id"]: c for c in record["criteria"]}
    levels = {lv["id"]: lv for lv in record["levels"]}
    best = fulfilled_level(record)
    guidance = _guidance(record, lang, loader)
    missing = set(plan.get("statutory_missing") or [])
    items = {"improve": [], "good": [], "not_applicable": []}
    for order, result in enumerate(plan["criteria"]):
        criterion = criteria.get(result["id"], {"id": result["id"], "title": result["id"],
                                                "statutory": False})
        item = _item(result, criterion, levels, missing, clean, lang)
        if levels.get(result["level"], {}).get("points") is None:
            key = "not_applicable"
        elif result["level"] == best:
            key = "good"
        else:
            key = "improve"
            item["guidance"] = clean(guidance.get(result["id"]) or "") or None
        # statutory gaps first, then the lowest levels, then the checklist's order
        points = levels.get(result["level"], {}).get("points") or 0
        items[key].append(((not item["statutory_missing"], points, order), item))
    sections = []
    for key in ("improve", "good", "not_applicable"):
        found = [item for _, item in sorted(items[key], key=lambda pair: pair[0])]
        if not found and key == "not_applicable":
            continue
        sections.append({"key": key, "criteria": found})
    round_info = round_data["round"]
    info = {"id": clean(plan["id"]), "file": clean(plan["file"]),
            "unit": clean(unit_name(round_data, plan.get("unit")) or ""),
            "date": clean(plan.get("date") or "")}
    missing_titles = [clean(in_lang(criteria[c], "title", lang)) for c in plan.get(
        "statutory_missing") or [] if c in criteria]
    return {
        "lang": "en" if lang == "en" else "sv", "plan": info,
        "round": {"name": clean(round_info.get("name") or ""),
                  "date": (round_info.get("created") or "")[:10],
                  "lang": round_info.get("lang") or "sv"},
        "checklist": clean(record.get("title") or record["id"]),
        "score": dict(plan["score"]), "statutory_missing": missing_titles,
        # the kinds of personal data found in the plan (never the data itself)
        "personal_data": list(dict.fromkeys(p["code"][4:] for p in plan.get("problems", [])
                                            if p["code"].startswith("pii."))),
        "sections": sections,
    }


def _find_plan(round_data: dict, plan_id: str, lang: str) -> dict:
    """The plan entry, or an error naming the closest ids (a typo, a unit folder missed)."""
    plans = {plan["id"]: plan for plan in round_data["plans"]}
    clean = _cleaner(lang)
    if plan_id not in plans:
        close = difflib.get_close_matches(plan_id, list(plans), n=MAX_SUGGESTIONS, cutoff=0.0)
        names = ", ".join(clean(name) for name in close) or "–"
        asked = clean(plan_id)
        raise SipcheckError(
            Text(f"Planen «{asked}» finns inte i omgången. Ange planens id med --plan; de närmaste "
                 f"är: {names}.",
                 f"The plan '{asked}' is not in the round. Give the plan's id with --plan; the "
                 f"closest are: {names}."))
    plan = plans[plan_id]
    if plan["score"] is None:
        kind = words(STATUS, lang).get(plan["status"], plan["status"])
        asked = clean(plan_id)
        raise SipcheckError(
            Text(f"Planen «{asked}» kunde inte läsas vid granskningen ({kind}) och har ingen "
                 "bedömning att återkoppla. Rätta filen och granska den igen.",
                 f"The plan '{asked}' could not be read in the review ({kind}) and has no "
                 "assessment to give feedback on. Fix the file and review it again."))
    return plan


def _item(result: dict, criterion: dict, levels: dict, missing: set, clean, lang: str) -> dict:
    """One criterion: level, who decided it, quotations, comments (those with text),
    reason."""
    level = _level(levels, result["level"], clean, lang)
    comments = [{"reviewer": a["reviewer"], "comment": clean(a.get("comment") or ""),
                 "level": _level(levels, a["level"], clean, lang),
                 "date": (a.get("time") or "")[:10], "settled": False}
                for a in result.get("assessments", []) if (a.get("comment") or "").strip()]
    resolution = result.get("resolution")
    if resolution and (resolution.get("comment") or "").strip():
        comments.append({"reviewer": resolution["reviewer"],
                         "comment": clean(resolution.get("comment") or ""),
                         "level": _level(levels, resolution["level"], clean, lang),
                         "date": (resolution.get("time") or "")[:10], "settled": True})
    automatic = automatic_level(result)
    return {
        "id": result["id"], "title": clean(in_lang(criterion, "title", lang)),
        "statutory": bool(criterion.get("statutory")),
        "statutory_missing": result["id"] in missing, "level": level,
        "points": result.get("points"), "max": result.get("max"),
        # who decided the level: the status, how many experts answered, the levels they
        # gave (in the order first given) and who settled a conflict
        "status": status(result), "experts": len(result.get("assessments", [])),
        "answered": [_level(levels, level, clean, lang) for level in dict.fromkeys(
            a["level"] for a in result.get("assessments", []))],
        "resolved_by": (result.get("resolution") or {}).get("reviewer"),
        "automatic": None if automatic == result["level"]
        else _level(levels, automatic, clean, lang),
        "evidence": [{"text": clean(e["text"]), "where": clean(where(e.get("where"), lang))}
                     for e in distinct(result.get("evidence", []))],
        # The review's reason explains the automatic level; where experts chose another,
        # the decision sentence and their comments say why instead.
        "comments": comments, "guidance": None,
        "reason": clean(result.get("reason") or "") if automatic == result["level"] else "",
    }


def _level(levels: dict, level_id: str, clean, lang: str) -> dict:
    level = levels.get(level_id, {"id": level_id, "label": level_id})
    return {"id": level_id, "label": clean(in_lang(level, "label", lang)),
            "symbol": clean(level.get("symbol") or ""), "color": level.get("color") or ""}


def _guidance(record: dict, lang: str, loader=None) -> dict[str, str]:
    """Guidance per criterion id: the round's own, else the bundled checklist's when the
    round was reviewed with exactly that checklist (same id and sha256), else none."""
    key = "guidance_en" if lang == "en" else "guidance"
    found = {c["id"]: c.get(key) or c.get("guidance") or "" for c in record["criteria"]}
    if all(found.values()):
        return found
    checklist, _ = bundled_match(record, loader)
    if checklist is None:
        return found
    for criterion in checklist.criteria:
        if not found.get(criterion.id, "x"):
            found[criterion.id] = (criterion.guidance_en if lang == "en" else "") \
                or criterion.guidance
    return found


def _cleaner(lang: str):
    def clean(text: str) -> str:
        return privacy.redact(str(text), lang)

    return clean

