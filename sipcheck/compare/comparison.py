"""Comparing review rounds: shares per level, intervals, changes and exploratory p-values.

`compare_rounds` reads round dictionaries (format `sipcheck-round/1`, oldest first) and
returns one comparison dictionary (format `sipcheck-compare/1`), the single record every
comparison renderer reads, so the terminal, Markdown, CSV, JSON, HTML and Word reports
always show the same numbers.

Rounds hold a handful of plans, so the comparison says no more than they can show:
- every share carries its Wilson 95 % interval and its count;
- a change between two rounds gets McNemar's exact test when the same plans (matched by
  plan id) were reviewed in both rounds, Fisher's exact test otherwise; both are called
  exploratory, since a dozen criteria are tested at once on a handful of plans;
- when the rounds used different checklists (their sha256 differ) only the criteria that
  exist in every round are compared, and mean scores and statutory shares are computed
  over those criteria only.
"""

from __future__ import annotations

import re

from sipcheck import scoring
from sipcheck.compare.stats import fisher_exact, mcnemar_exact, wilson

COMPARE_FORMAT = "sipcheck-compare/1"
NO_UNIT = ""


def compare_rounds(rounds: list[dict], labels: list[str] | None = None, by_unit: bool = False,
                   paired: bool = True, pairs: list[tuple[int, int]] | None = None) -> dict:
    """The comparison of `rounds` (oldest first). `labels` name the rounds in reports
    (default: each round's name); `paired=False` treats the rounds as independent samples
    even where plan ids recur (for example when file names are reused for new plans).
    `pairs` are the changes computed, by default each round against the one before, and
    the first against the last when there are more than two."""
    if len(rounds) < 2:
        raise ValueError("a comparison needs at least two rounds")
    labels = labels or default_labels(rounds)
    criteria, only = shared_criteria(rounds)
    same = len({r["checklist"].get("sha256") for r in rounds}) == 1
    shared_ids = [c["id"] for c in criteria]
    n = len(rounds)
    if pairs is None:
        pairs = [(i - 1, i) for i in range(1, n)] + ([(0, n - 1)] if n > 2 else [])
    context = _Context(rounds, shared_ids, pairs, paired)
    comparison = {
        "format": COMPARE_FORMAT,
        "rounds": [_round_info(r, label) for r, label in zip(rounds, labels, strict=True)],
        "checklist": {"same": same, "shared": shared_ids, "only": only},
        "criteria": criteria,
        "levels": _levels(rounds),
        "pairs": [list(pair) for pair in pairs],
        "paired_option": paired,
        "overall": context.scope(lambda plan: True),
        "by_unit": by_unit,
        "units": [],
        "guidance": None,
    }
    # Units are always computed (the HTML and Word reports chart them whenever there are
    # several); `by_unit` asks the tables and the CSV to show each unit too.
    names = {unit: name for r in rounds for unit, name in r.get("unit_names", {}).items()}
    for unit in units(rounds):
        scope = context.scope(lambda plan, unit=unit: (plan.get("unit") or NO_UNIT) == unit)
        comparison["units"].append({"unit": unit, "name": names.get(unit) or unit, **scope})
    comparison["fell"], comparison["lowest"] = fell_and_lowest(comparison)
    comparison["largest"] = largest_changes(comparison)
    return comparison


def default_labels(rounds: list[dict], fallbacks: list[str] | None = None) -> list[str]:
    """Each round's name (or a fallback such as the file name), made unique."""
    labels: list[str] = []
    for index, round_data in enumerate(rounds):
        name = (round_data.get("round") or {}).get("name")
        label = name or (fallbacks[index] if fallbacks else f"{index + 1}")
        while label in labels:
            label = f"{label} ({index + 1})"
        labels.append(label)
    return labels


_DATE_NAME = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def round_date(round_data: dict) -> str:
    """When a round was, as sortable text: the middle of its plans' dates when plans.csv
    gives them, else its name when the name is a date ("2024-09"), else the day it was
    reviewed. What `compare` orders rounds by."""
    dates = sorted(p["date"] for p in round_data["plans"] if p.get("date"))
    if dates:
        return dates[len(dates) // 2]
    meta = round_data.get("round") or {}
    name = str(meta.get("name") or "")
    if _DATE_NAME.match(name):
        return name
    return str(meta.get("created") or "")[:10]


def in_date_order(rounds: list[dict]) -> list[int]:
    """The rounds' positions, oldest first (rounds on the same date keep their order)."""
    return sorted(range(len(rounds)), key=lambda index: round_date(rounds[index]))


def shared_criteria(rounds: list[dict]) -> tuple[list[dict], list[dict]]:
    """The criteria every round has (in the latest round's order) and those some lack."""
    per_round = [[c for c in r["checklist"]["criteria"]] for r in rounds]
    common = set.intersection(*[{c["id"] for c in cs} for cs in per_round])
    shared = [_criterion(c) for c in per_round[-1] if c["id"] in common]
    only: dict[str, dict] = {}
    for index, criteria in enumerate(per_round):
        for criterion in criteria:
            if criterion["id"] not in common:
                entry = only.setdefault(criterion["id"], {**_criterion(criterion), "rounds": []})
                entry["rounds"].append(index)
    return shared, list(only.values())


def units(rounds: list[dict]) -> list[str]:
    return sorted({plan.get("unit") or NO_UNIT for r in rounds for plan in r["plans"]})


def _criterion(criterion: dict) -> dict:
    keys = ("id", "title", "title_en", "short", "short_en", "statutory")
    return {key: criterion.get(key) for key in keys}


def _round_info(round_data: dict, label: str) -> dict:
    checklist = round_data["checklist"]
    dates = sorted(p["date"] for p in round_data["plans"] if p.get("date"))
    meta = round_data.get("round") or {}
    return {"label": label, "name": meta.get("name"), "created": meta.get("created"),
            "checklist": {k: checklist.get(k) for k in ("id", "version", "sha256", "title")},
            "plans": len(round_data["plans"]),
            "scored": sum(1 for p in round_data["plans"] if p["score"] is not None),
            "plan_dates": [dates[0], dates[-1]] if dates else None,
            "experts": scoring.experts_of(round_data)}


def _levels(rounds: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for round_data in reversed(rounds):
        for level in round_data["checklist"]["levels"]:
            seen.setdefault(level["id"], level)
    return list(seen.values())


def fulfilled_level(round_data: dict) -> str:
    """The best level (most points): the one a share of fulfilling plans counts."""
    return scoring.fulfilled_level(round_data["checklist"])


class _Context:
    """What every scope (all plans, one unit) computes from the same rounds."""

    def __init__(self, rounds: list[dict], shared: list[str], pairs: list[tuple[int, int]],
                 paired: bool) -> None:
        self.rounds = rounds
        self.shared = shared
        self.pairs = pairs
        self.paired = paired
        self.fulfilled = [fulfilled_level(r) for r in rounds]
        self.points = [{lv["id"]: lv.get("points") for lv in r["checklist"]["levels"]}
                       for r in rounds]
        self.all_shared = [{c["id"] for c in r["checklist"]["criteria"]} <= set(shared)
                           for r in rounds]

    def scope(self, keep) -> dict:
        plans = [[p for p in r["plans"] if p["score"] is not None and keep(p)]
                 for r in self.rounds]
        by_id = [{p["id"]: p for p in ps} for ps in plans]
        pairing = []
        for first, second in self.pairs:
            both = set(by_id[first]) & set(by_id[second])
            pairing.append({"from": first, "to": second, "matched": len(both),
                            "first": len(by_id[first]), "second": len(by_id[second]),
                            "paired": self.paired and bool(both)
                            and set(by_id[first]) == set(by_id[second])})
        overall_rounds = [self._overall(index, ps) for index, ps in enumerate(plans)]
        return {
            "rounds": overall_rounds,
            "pairing": pairing,
            "overall_changes": [self._overall_change(overall_rounds, by_id, pair)
                                for pair in pairing],
            "criteria": [self._criterion(cid, plans, by_id, pairing) for cid in self.shared],
        }

    # -- overall: mean score and plans meeting every statutory criterion

    def _meets_statutory(self, plan: dict) -> bool:
        """No statutory criterion missing (among the shared ones, when checklists differ)."""
        missing = set(plan.get("statutory_missing") or [])
        return not (missing & set(self.shared))

    def _percent(self, index: int, plan: dict) -> float | None:
        if self.all_shared[index]:
            return plan["score"]["percent"]
        results = [r for r in plan["criteria"] if r["id"] in self.shared
                   and r.get("points") is not None]
        maximum = sum(r["max"] for r in results)
        return round(100 * sum(r["points"] for r in results) / maximum, 1) if maximum else None

    def _overall(self, index: int, plans: list[dict]) -> dict:
        percents = [v for v in (self._percent(index, p) for p in plans) if v is not None]
        met = sum(1 for p in plans if self._meets_statutory(p))
        return {"plans": len(plans),
                "mean_percent": round(sum(percents) / len(percents), 1) if percents else None,
                "statutory_met": met,
                "statutory_share": met / len(plans) if plans else None,
                "statutory_ci": _ci(met, len(plans))}

    def _overall_change(self, overall: list[dict], by_id: list[dict], pairing: dict) -> dict:
        first, second = pairing["from"], pairing["to"]
        a, b = overall[first], overall[second]
        mean = (round(b["mean_percent"] - a["mean_percent"], 1)
                if a["mean_percent"] is not None and b["mean_percent"] is not None else None)
        outcome = {pid: self._meets_statutory(plan) for pid, plan in by_id[first].items()}
        later = {pid: self._meets_statutory(plan) for pid, plan in by_id[second].items()}
        test = _test(outcome, later, pairing["paired"])
        return {"from": first, "to": second, "mean_pp": mean,
                "statutory_pp": _pp(a["statutory_share"], b["statutory_share"]),
                "direction": _direction(a["statutory_share"], b["statutory_share"]), **test}

    # -- one criterion

    def _criterion(self, cid: str, plans: list[list[dict]], by_id: list[dict],
                   pairing: list[dict]) -> dict:
        levels_by_round = []
        per_round = []
        for index, round_plans in enumerate(plans):
            levels = {}
            for plan in round_plans:
                result = next((r for r in plan["criteria"] if r["id"] == cid), None)
                if result is not None:
                    levels[plan["id"]] = result["level"]
            levels_by_round.append(levels)
            per_round.append(self._share(index, levels))
        changes = []
        for pair in pairing:
            first, second = pair["from"], pair["to"]
            before = self._fulfilled_map(first, levels_by_round[first])
            after = self._fulfilled_map(second, levels_by_round[second])
            a, b = per_round[first]["share"], per_round[second]["share"]
            changes.append({"from": first, "to": second, "change_pp": _pp(a, b),
                            "direction": _direction(a, b),
                            **_test(before, after, pair["paired"]),
                            "matched": self._matched(first, second, levels_by_round)
                            if self.paired else None})
        return {"id": cid, "rounds": per_round, "changes": changes}

    def _share(self, index: int, levels: dict[str, str]) -> dict:
        counts = {lv["id"]: 0 for lv in self.rounds[index]["checklist"]["levels"]}
        for level in levels.values():
            counts[level] = counts.get(level, 0) + 1
        applicable = sum(n for lv, n in counts.items() if self.points[index].get(lv) is not None)
        fulfilled = counts.get(self.fulfilled[index], 0)
        return {"counts": counts, "applicable": applicable, "fulfilled": fulfilled,
                "share": fulfilled / applicable if applicable else None,
                "ci": _ci(fulfilled, applicable),
                "level_shares": {lv: (n / applicable if applicable else None)
                                 for lv, n in counts.items()
                                 if self.points[index].get(lv) is not None}}

    def _fulfilled_map(self, index: int, levels: dict[str, str]) -> dict[str, bool]:
        """Plan id → fulfilled, for the plans where the criterion applies."""
        return {pid: level == self.fulfilled[index] for pid, level in levels.items()
                if self.points[index].get(level) is not None}

    def _matched(self, first: int, second: int, levels_by_round: list[dict]) -> dict | None:
        before, after = levels_by_round[first], levels_by_round[second]
        improved = stayed = regressed = 0
        for pid in set(before) & set(after):
            p1, p2 = self.points[first].get(before[pid]), self.points[second].get(after[pid])
            if p1 is None or p2 is None:
                continue
            improved += p2 > p1
            regressed += p2 < p1
            stayed += p2 == p1
        total = improved + stayed + regressed
        return {"plans": total, "improved": improved, "stayed": stayed,
                "regressed": regressed} if total else None


def _test(before: dict[str, bool], after: dict[str, bool], paired: bool) -> dict:
    """McNemar on the pairs when the design is paired; Fisher on the two samples otherwise."""
    if not before or not after:
        return {"test": None, "p": None, "discordant": None}
    if paired:
        both = set(before) & set(after)
        became = sum(1 for pid in both if after[pid] and not before[pid])
        stopped = sum(1 for pid in both if before[pid] and not after[pid])
        return {"test": "mcnemar", "p": mcnemar_exact(became, stopped),
                "discordant": {"became_fulfilled": became, "no_longer_fulfilled": stopped}}
    yes1, yes2 = sum(before.values()), sum(after.values())
    p = fisher_exact(yes1, len(before) - yes1, yes2, len(after) - yes2)
    return {"test": "fisher", "p": p, "discordant": None}


def _ci(successes: int, n: int) -> list[float] | None:
    interval = wilson(successes, n)
    return list(interval) if interval else None


def _pp(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else round(100 * (b - a), 1)


def _direction(a: float | None, b: float | None) -> str | None:
    if a is None or b is None:
        return None
    change = round(100 * (b - a), 1)
    return "up" if change > 0 else "down" if change < 0 else "same"


def main_pair(comparison: dict) -> int:
    """The index of the change the text talks about: the latest round against the one
    before it (or the last change computed)."""
    latest = [len(comparison["rounds"]) - 2, len(comparison["rounds"]) - 1]
    return next((i for i, pair in enumerate(comparison["pairs"]) if list(pair) == latest),
                len(comparison["pairs"]) - 1)


def fell_and_lowest(comparison: dict, count: int = 3) -> tuple[list[str], list[str]]:
    """Criteria whose share fell in the latest change, and (when none fell) the criteria
    with the lowest share in the latest round that are not at 100 %."""
    index = main_pair(comparison)
    criteria = comparison["overall"]["criteria"]
    fell = [c["id"] for c in criteria if c["changes"][index]["direction"] == "down"]
    latest = [(c["rounds"][-1]["share"], c["id"]) for c in criteria
              if c["rounds"][-1]["share"] is not None and c["rounds"][-1]["share"] < 1]
    lowest = [cid for _, cid in sorted(latest, key=lambda item: item[0])[:count]]
    return fell, ([] if fell else lowest)


def largest_changes(comparison: dict, count: int = 3) -> list[str]:
    """The criteria with the largest change (either way) in the latest change; among
    equal changes, the one with the lower p-value first."""
    index = main_pair(comparison)
    moved = [(-abs(c["changes"][index]["change_pp"]), c["changes"][index]["p"] or 1.0, c["id"])
             for c in comparison["overall"]["criteria"]
             if c["changes"][index]["change_pp"] not in (None, 0)]
    return [cid for *_, cid in sorted(moved, key=lambda item: item[:2])[:count]]


def attach_guidance(comparison: dict, rounds: list[dict], loader=None) -> dict:
    """Adds the checklist's guidance for the criteria that fell (or are lowest).

    It is read from the bundled checklist with the latest round's checklist id, and only
    when that checklist's sha256 is the one the round was reviewed with
    (`scoring.bundled_match`); otherwise the reason it is left out is recorded instead."""
    latest = rounds[-1]["checklist"]
    wanted = comparison["fell"] or comparison["lowest"]
    info = {"checklist": latest.get("id"), "available": False, "reason": None, "criteria": []}
    comparison["guidance"] = info
    if not wanted:
        return comparison
    checklist, info["reason"] = scoring.bundled_match(latest, loader)
    if checklist is None:
        return comparison
    by_id = {c.id: c for c in checklist.criteria}
    info["available"] = True
    info["criteria"] = [{"id": cid, "guidance": by_id[cid].guidance,
                         "guidance_en": by_id[cid].guidance_en or by_id[cid].guidance}
                        for cid in wanted if cid in by_id and by_id[cid].guidance]
    return comparison
