"""Experts' judgements in the round file: every answer kept, one final level decided.

The automatic level is a suggestion. Each expert's answer (level, comment, time) is stored
on the criterion result it judges, one answer per reviewer (a new answer replaces that
reviewer's earlier one). The result's `level` is the final level, which every score,
summary, comparison and report uses:

- no answers: the automatic level (`status` absent, read as "automatic");
- answers that all agree: their level ("confirmed" when it is the automatic level,
  "changed" when not);
- answers that disagree: a "conflict"; the automatic level stays in force, and reports say
  so, until someone settles it with a `resolution` ("resolved").

A result that has been judged also keeps `automatic`: the level the review gave. Comments
pass through the privacy redactor before they are stored: a name or personnummer typed in
a workshop must not reach a report.

All changes go through `apply`, which checks every answer first and changes nothing when
any is wrong, so an import is never half done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sipcheck import privacy
from sipcheck.scoring import (
    CHANGED,
    CONFIRMED,
    CONFLICT,
    RESOLVED,
    experts_names,
    reviewer_key,
    score_plan,
    status,
    summarise,
)
from sipcheck.text import SipcheckError, Text, in_lang


@dataclass(frozen=True)
class Answer:
    """One judgement: `level` is a level id, label or English label (any case). `row` says
    where the answer came from (a CSV row, a YAML item) for error messages."""

    plan: str
    criterion: str
    level: str
    reviewer: str
    comment: str = ""
    row: str = ""


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def automatic_level(result: dict) -> str:
    return result.get("automatic", result["level"])


def scored_plans(round_data: dict) -> list[dict]:
    """The plans that were assessed (unreadable files have no criteria to judge)."""
    return [p for p in round_data["plans"] if p["score"] is not None]


def reviewers(round_data: dict) -> list[str]:
    """Every reviewer who has answered, in the order they first appear."""
    return experts_names(r for p in scored_plans(round_data) for r in p["criteria"])


def level_id(round_data: dict, text: str) -> str | None:
    """The level meant by an id, a Swedish or an English label, or its number in the
    checklist's order (1 = the first level), ignoring case and surrounding space."""
    wanted = " ".join(str(text).split()).casefold()
    levels = round_data["checklist"]["levels"]
    if wanted.isdigit() and 1 <= int(wanted) <= len(levels):
        return levels[int(wanted) - 1]["id"]
    for level in levels:
        names = (level["id"], level.get("label"), level.get("label_en"))
        if wanted in {n.casefold() for n in names if n}:
            return level["id"]
    return None


def level_label(round_data: dict, level: str, lang: str = "sv") -> str:
    for item in round_data["checklist"]["levels"]:
        if item["id"] == level:
            return in_lang(item, "label", lang)
    return level


def find_result(round_data: dict, plan_id: str, criterion_id: str) -> dict | None:
    for plan in scored_plans(round_data):
        if plan["id"] == plan_id:
            return next((r for r in plan["criteria"] if r["id"] == criterion_id), None)
    return None


def problems(round_data: dict, answers: list[Answer],
             resolving: bool = False) -> list[tuple[str, Text]]:
    """(row, what is wrong) for every answer that cannot be recorded."""
    plans = {p["id"]: p for p in scored_plans(round_data)}
    unreadable = {p["id"] for p in round_data["plans"]} - set(plans)
    criteria = {c["id"] for c in round_data["checklist"]["criteria"]}
    found = []
    seen: dict[tuple, str] = {}
    for answer in answers:
        row = answer.row
        if not answer.plan:
            found.append((row, Text("planen saknas", "the plan is missing")))
        elif answer.plan in unreadable:
            found.append((row, Text(f"planen «{answer.plan}» kunde inte läsas och har inga "
                                    "kriterier att bedöma",
                                    f"the plan '{answer.plan}' could not be read and has no "
                                    "criteria to judge")))
        elif answer.plan not in plans:
            found.append((row, Text(f"okänd plan «{answer.plan}»",
                                    f"unknown plan '{answer.plan}'")))
        if not answer.criterion:
            found.append((row, Text("kriteriet saknas", "the criterion is missing")))
        elif answer.criterion not in criteria:
            found.append((row, Text(f"okänt kriterium «{answer.criterion}» (finns: "
                                    f"{', '.join(sorted(criteria))})",
                                    f"unknown criterion '{answer.criterion}' (known: "
                                    f"{', '.join(sorted(criteria))})")))
        if level_id(round_data, answer.level) is None:
            known = ", ".join(lv["id"] for lv in round_data["checklist"]["levels"])
            found.append((row, Text(f"okänd nivå «{answer.level}» (finns: {known})",
                                    f"unknown level '{answer.level}' (known: {known})")))
        if not answer.reviewer.strip():
            found.append((row, Text("granskare saknas (ange kolumnen granskare eller --reviewer)",
                                    "the reviewer is missing (give the reviewer column or "
                                    "--reviewer)")))
        elif privacy.find(answer.reviewer):
            found.append((row, Text("granskarens namn ser ut att vara en personuppgift (för- och "
                                    "efternamn?); ange förnamn eller initialer",
                                    "the reviewer's name looks like personal data (first and "
                                    "last name?); give a first name or initials")))
        key = (answer.plan, answer.criterion, reviewer_key(answer.reviewer))
        if key in seen and not resolving:
            found.append((row, Text("samma granskare bedömer samma plan och kriterium två gånger "
                                    f"(också {seen[key]})",
                                    "the same reviewer judges the same plan and criterion twice "
                                    f"(also {seen[key]})")))
        seen.setdefault(key, row)
        if resolving and answer.plan in plans and answer.criterion in criteria:
            result = find_result(round_data, answer.plan, answer.criterion)
            if result is not None and status(result) not in (CONFLICT, RESOLVED):
                found.append((row, Text("kriteriet är ingen konflikt att avgöra",
                                        "the criterion is not a conflict to settle")))
    return found


def apply(round_data: dict, answers: list[Answer], resolving: bool = False,
          source: str = "", time: str | None = None) -> dict:
    """Records every answer (or, `resolving`, settles conflicts with them), re-scores the
    plans they touch and the summary. Nothing changes unless every answer is valid."""
    wrong = problems(round_data, answers, resolving)
    if wrong:
        where = f"{source}: " if source else ""
        raise SipcheckError(
            Text(f"{where}{len(wrong)} fel; inget har sparats:",
                 f"{where}{len(wrong)} problems; nothing was saved:"),
            details=[Text(*(f"{row}: {text}" if row else text for text in said))
                     for row, said in wrong])
    lang = round_data["round"].get("lang", "sv")
    stamp = time or now()
    touched = set()
    for answer in answers:
        result = find_result(round_data, answer.plan, answer.criterion)
        record = {"reviewer": " ".join(answer.reviewer.split()),
                  "level": level_id(round_data, answer.level),
                  "comment": privacy.redact(answer.comment.strip(), lang), "time": stamp}
        result.setdefault("automatic", result["level"])
        if resolving:
            result["resolution"] = record
        else:
            kept = [a for a in result.get("assessments", [])
                    if reviewer_key(a["reviewer"]) != reviewer_key(record["reviewer"])]
            result["assessments"] = [*kept, record]
        settle(result)
        touched.add(answer.plan)
    refresh(round_data, touched)
    return round_data


def withdraw(round_data: dict, plan_id: str, criterion_id: str, reviewer: str) -> dict:
    """Takes a reviewer's answer back (the interactive session's "back" to an unanswered
    state is not this: going back keeps the answer until a new one replaces it)."""
    result = find_result(round_data, plan_id, criterion_id)
    if result is not None and "assessments" in result:
        result["assessments"] = [a for a in result["assessments"]
                                 if reviewer_key(a["reviewer"]) != reviewer_key(reviewer)]
        settle(result)
        refresh(round_data, {plan_id})
    return round_data


def settle(result: dict) -> None:
    """The final level and its status, from the automatic level, answers and resolution."""
    automatic = automatic_level(result)
    answers = result.get("assessments", [])
    if not answers and "resolution" not in result:
        for key in ("automatic", "status", "assessments"):
            result.pop(key, None)
        result["level"] = automatic
        return
    levels = {a["level"] for a in answers}
    if "resolution" in result:
        result["level"], result["status"] = result["resolution"]["level"], RESOLVED
    elif len(levels) > 1:
        result["level"], result["status"] = automatic, CONFLICT
    else:
        (level,) = levels
        result["level"] = level
        result["status"] = CONFIRMED if level == automatic else CHANGED


def refresh(round_data: dict, plan_ids: set[str] | None = None) -> None:
    """Re-scores the named plans (all when None) and the round's summary."""
    lang = round_data["round"].get("lang", "sv")
    for plan in scored_plans(round_data):
        if plan_ids is None or plan["id"] in plan_ids:
            score_plan(plan, round_data["checklist"], lang)
    round_data["summary"] = summarise(round_data["plans"], round_data["checklist"])

