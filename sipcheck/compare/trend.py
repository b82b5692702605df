"""Trend over many review rounds: the share fulfilling each criterion, round by round.

A trend is a comparison (see `comparison`) whose only change is the first round
against the last; its dictionary (format `sipcheck-trend/1`) holds every round's shares
with their Wilson intervals, the mean score and the share meeting all statutory criteria.
"""

from __future__ import annotations

from sipcheck.compare.comparison import compare_rounds

TREND_FORMAT = "sipcheck-trend/1"


def trend_rounds(rounds: list[dict], labels: list[str] | None = None,
                 paired: bool = True) -> dict:
    """The trend over `rounds` (oldest first)."""
    trend = compare_rounds(rounds, labels, by_unit=False, paired=paired,
                           pairs=[(0, len(rounds) - 1)])
    trend["format"] = TREND_FORMAT
    for key in ("fell", "lowest", "largest", "guidance", "units", "by_unit"):
        trend.pop(key, None)
    return trend


def series(trend: dict) -> list[dict]:
    """Per criterion: its id and, per round, the share and interval (None where the
    criterion did not apply to any plan)."""
    return [{"id": result["id"],
             "shares": [entry["share"] for entry in result["rounds"]],
             "intervals": [entry["ci"] for entry in result["rounds"]]}
            for result in trend["overall"]["criteria"]]
