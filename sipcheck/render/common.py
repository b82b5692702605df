"""What every renderer needs from a round: words in both languages, levels, locations.

Renderers read only the round dictionary (the canonical record), never a Checklist or a
Document, so a report made from a saved round file is the same as one made at review time.
"""

from __future__ import annotations

from sipcheck.documents.model import Location
from sipcheck.text import Text

WORDS = {
    "sv": {
        "plan": "Plan", "unit": "Enhet", "score": "Poäng", "share": "Andel uppfyllt",
        "share_short": "Andel %",
        "criterion": "Kriterium", "level": "Nivå", "evidence": "Belägg", "reason": "Motivering",
        "status": "Status", "message": "Meddelande", "not_scored": "Ej bedömda dokument",
        "problems": "Anmärkningar", "legend": "Förklaring", "statutory": "saknar lagkrav",
        "mean": "Medelpoäng", "plans": "planer", "round": "Omgång", "checklist": "Checklista",
        "found_at": "funnet", "no_evidence": "inget belägg i planen", "file": "Fil",
        "statutory_met": "uppfyller alla lagkrav", "title": "Granskning av SIP",
        "details": "Detaljer per plan", "where_whole": "hela planen",
        "share_explained": "andel av planerna (%) som uppfyller kriteriet",
    },
    "en": {
        "plan": "Plan", "unit": "Unit", "score": "Score", "share": "Share fulfilled",
        "share_short": "Share %",
        "criterion": "Criterion", "level": "Level", "evidence": "Evidence", "reason": "Reason",
        "status": "Status", "message": "Message", "not_scored": "Documents not scored",
        "problems": "Remarks", "legend": "Legend", "statutory": "lacks statutory content",
        "mean": "Mean score", "plans": "plans", "round": "Round", "checklist": "Checklist",
        "found_at": "found at", "no_evidence": "no evidence in the plan", "file": "File",
        "statutory_met": "meet all statutory criteria", "title": "SIP review",
        "details": "Details per plan", "where_whole": "whole plan",
        "share_explained": "share of plans (%) that fulfil the criterion",
    },
}

STATUS_WORDS = {
    "sv": {"ok": "läst", "no_text": "ingen text (skannad?)", "unreadable": "kan inte läsas",
           "unsupported": "format som inte läses", "not_a_plan": "ingen plan?",
           "statutory_missing": "saknar lagkrav", "pii": "personuppgift",
           "file.warning": "filnamn"},
    "en": {"ok": "read", "no_text": "no text (scanned?)", "unreadable": "unreadable",
           "unsupported": "unsupported format", "not_a_plan": "not a plan?",
           "statutory_missing": "lacks statutory content", "pii": "personal data",
           "file.warning": "file name"},
}


def remark_label(plan: dict, problem: dict, lang: str) -> str:
    """The status shown beside a remark: the document's status, or the remark's kind."""
    labels = STATUS_WORDS["en" if lang == "en" else "sv"]
    code = plan["status"] if plan["status"] != "ok" else problem["code"]
    if code.startswith("pii."):
        from sipcheck.privacy import KINDS

        kind = KINDS.get(code[4:], Text(code, code)).pick(lang)
        return f"{labels['pii']}: {kind}"
    return labels.get(code, code)


def plans_word(count: int, lang: str) -> str:
    if lang == "en":
        return "plan" if count == 1 else "plans"
    return "plan" if count == 1 else "planer"


def counted(count: int, lang: str, sv: tuple[str, str], en: tuple[str, str]) -> str:
    """'1 konflikt', '2 konflikter': a number with the word in the right form."""
    one, many = en if lang == "en" else sv
    return f"{count} {one if count == 1 else many}"


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "sv"]


def levels(round_data: dict) -> dict[str, dict]:
    return {level["id"]: level for level in round_data["checklist"]["levels"]}


def level_name(level: dict, lang: str) -> str:
    return level.get("label_en", level["label"]) if lang == "en" else level["label"]


def criterion_title(criterion: dict, lang: str) -> str:
    return criterion.get("title_en", criterion["title"]) if lang == "en" else criterion["title"]


def criterion_short(criterion: dict, lang: str) -> str:
    if lang == "en":
        return criterion.get("short_en") or criterion.get("short") or criterion["id"]
    return criterion.get("short") or criterion["id"]


def where(location: dict, lang: str) -> str:
    text = Location.from_dict(location or {}).describe(lang)
    return text or words(lang)["where_whole"]


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.0f}"
    return f"{text} %" if lang != "en" else f"{text}%"


def share(summary_criterion: dict, lang: str) -> str:
    value = summary_criterion.get("share")
    if value is None:
        return "–"
    count = f"{summary_criterion['fulfilled']}/{summary_criterion['applicable']}"
    return f"{percent(100 * value, lang)} ({count})"


_QUOTES = "”“\"«»'"


def quoted(text: str) -> str:
    """Evidence in quotation marks, unless the plan's own quotation marks already show it."""
    if text[:1] in _QUOTES and text[-1:] in _QUOTES:
        return text
    return f"”{text}”"


def plan_results(plan: dict) -> dict[str, dict]:
    return {result["id"]: result for result in plan.get("criteria", [])}
