"""Comparisons and trends as CSV, one row per scope, criterion and round, for spreadsheets.

As in the review CSV: Swedish uses ';' and a decimal comma and starts with a byte-order
mark so Excel reads UTF-8; English uses ',' and a decimal point. Shares and intervals are
percentages (0–100); the change columns compare the round with the one before it.
"""

from __future__ import annotations

import csv
import io

from sipcheck.text import in_lang
from sipcheck.text.numbers import csv_number

HEADERS = ["scope", "unit", "unit_name", "criterion", "criterion_title", "statutory", "round",
           "plans", "applicable", "fulfilled", "share_percent", "ci_low_percent", "ci_high_percent",
           "levels", "mean_percent", "change_from", "change_pp", "test", "p_exploratory",
           "improved", "stayed", "regressed", "became_fulfilled", "no_longer_fulfilled"]
OVERALL = "alla_lagkrav"  # the criterion column of the rows for "meets all statutory criteria"


def compare_csv(comparison: dict, lang: str = "sv") -> str:
    delimiter = "," if lang == "en" else ";"

    def number(value, digits: int = 2) -> str:
        return csv_number(value, digits, lang)

    def percent(value) -> str:
        return "" if value is None else number(100 * value)

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    labels = [info["label"] for info in comparison["rounds"]]
    titles = {c["id"]: c for c in comparison["criteria"]}
    scopes = [("all", "", "", comparison["overall"])]
    if comparison.get("by_unit"):
        scopes += [("unit", unit["unit"], unit.get("name") or unit["unit"], unit)
                   for unit in comparison["units"]]
    for scope_name, unit, unit_name, scope in scopes:
        changes = _by_round(scope["overall_changes"])
        for index, entry in enumerate(scope["rounds"]):
            change = changes.get(index, {})
            writer.writerow([scope_name, unit, unit_name, OVERALL, _statutory_title(lang), "",
                             labels[index],
                             entry["plans"], entry["plans"], entry["statutory_met"],
                             percent(entry["statutory_share"]),
                             *_bounds(entry["statutory_ci"], percent), "",
                             number(entry["mean_percent"], 1),
                             labels[change["from"]] if change else "",
                             number(change.get("statutory_pp"), 1), change.get("test") or "",
                             number(change.get("p"), 4), "", "", "", "", ""])
        for result in scope["criteria"]:
            criterion = titles[result["id"]]
            changes = _by_round(result["changes"])
            for index, entry in enumerate(result["rounds"]):
                change = changes.get(index, {})
                matched = change.get("matched") or {}
                discordant = change.get("discordant") or {}
                levels = " ".join(f"{lv}={n}" for lv, n in entry["counts"].items())
                writer.writerow([
                    scope_name, unit, unit_name, result["id"], in_lang(criterion, "title", lang),
                    "1" if criterion.get("statutory") else "0", labels[index],
                    scope["rounds"][index]["plans"], entry["applicable"], entry["fulfilled"],
                    percent(entry["share"]), *_bounds(entry["ci"], percent), levels, "",
                    labels[change["from"]] if change else "", number(change.get("change_pp"), 1),
                    change.get("test") or "", number(change.get("p"), 4),
                    *[matched.get(k, "") for k in ("improved", "stayed", "regressed")],
                    discordant.get("became_fulfilled", ""),
                    discordant.get("no_longer_fulfilled", "")])
    return "\ufeff" + buffer.getvalue()


def _by_round(changes: list[dict]) -> dict[int, dict]:
    """The change shown on a round's row: against the round before it when that was
    computed (a comparison), otherwise the one change that ends there (a trend)."""
    out: dict[int, dict] = {}
    for change in changes:
        if change["to"] not in out or change["from"] == change["to"] - 1:
            out[change["to"]] = change
    return out


def _bounds(interval, percent) -> list[str]:
    return [percent(interval[0]), percent(interval[1])] if interval else ["", ""]


def _statutory_title(lang: str) -> str:
    return "Meets all statutory criteria" if lang == "en" else "Uppfyller alla lagkrav"


def trend_csv(trend: dict, lang: str = "sv") -> str:
    """The same columns; the only change is the first round against the last."""
    return compare_csv(trend, lang)
