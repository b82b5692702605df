"""What the review's terminal, Markdown and CSV forms share: levels by id, a plan's results
by criterion, and the label beside a remark.

Renderers read only the round dictionary (the canonical record), never a Checklist or a
Document, so a report made from a saved round file is the same as one made at review time.
"""

from __future__ import annotations

from sipcheck.privacy import KINDS
from sipcheck.text import Text
from sipcheck.text.words import STATUS, words


def remark_label(plan: dict, problem: dict, lang: str) -> str:
    """The status shown beside a remark: the document's status, or the remark's kind."""
    labels = words(STATUS, lang)
    code = plan["status"] if plan["status"] != "ok" else problem["code"]
    if code.startswith("pii."):
        kind = KINDS.get(code[4:], Text(code, code)).pick(lang)
        return f"{labels['pii']}: {kind}"
    return labels.get(code, code)


def levels(round_data: dict) -> dict[str, dict]:
    return {level["id"]: level for level in round_data["checklist"]["levels"]}


def plan_results(plan: dict) -> dict[str, dict]:
    return {result["id"]: result for result in plan.get("criteria", [])}
