"""What the feedback to a plan's team says, in Swedish and English.

The feedback is read by the people who wrote the plan, not by a steering group: it speaks
to them ("ni", "your plan"), says first what can be better and then what already works, and
never sounds like a verdict. `worded` turns what `sipcheck.experts.feedback` gathered into
the title, the facts, the greeting, the notices, the section headings and the sentence
saying who decided each level, so the terminal, Markdown, HTML and Word say the same thing.
Everything taken from the round was redacted when it was gathered.
"""

from __future__ import annotations

from sipcheck.privacy import KINDS
from sipcheck.text import Text
from sipcheck.text.numbers import decimal, percent
from sipcheck.text.words import FEEDBACK, words


def worded(data: dict) -> dict:
    """The feedback with every sentence written, in the language it was gathered in."""
    lang = data["lang"]
    w = words(FEEDBACK, lang)
    info, round_info, score = data["plan"], data["round"], data["score"]
    missing = data["statutory_missing"]
    facts = [(w["plan"], info["id"]), (w["file"], info["file"])]
    facts += [(w["unit"], info["unit"])] if info["unit"] else []
    facts += [(w["plan_date"], info["date"])] if info["date"] else []
    reviewed = f"{w['reviewed']} {round_info['date']}" if round_info["date"] else ""
    facts.append((w["round"], ", ".join(x for x in (round_info["name"], reviewed) if x)))
    facts.append((w["checklist"], data["checklist"]))
    facts.append((w["score"], w["score_value"].format(
        points=_points(score["points"], lang), max=_points(score["max"], lang),
        percent=percent(score["percent"], lang))))
    sections = []
    for section in data["sections"]:
        key, found = section["key"], section["criteria"]
        intro = (w["improve_intro"] if key == "improve" and missing
                 else w.get(f"{key}_none", "") if not found else "")
        sections.append({**section, "heading": w[key], "intro": intro,
                         "criteria": [{**item, "decided": _decided(item, lang)}
                                      for item in found]})
    return {**data, "title": f"{w['title']}: {info['id']}", "words": w, "facts": facts,
            "intro": _intro(round_info, lang), "notices": _notices(data, lang),
            "sections": sections}


def _decided(item: dict, lang: str) -> str:
    """The sentence saying who decided the level (see `sipcheck.experts.assessments`)."""
    w = words(FEEDBACK, lang)
    state = item["status"]
    if state == "confirmed":
        return w["confirmed"].format(experts=_experts(item["experts"], lang))
    if state == "changed":
        return w["changed"].format(experts=_experts(item["experts"], lang),
                                   automatic=f"«{item['automatic']['label']}»")
    if state == "conflict":
        return w["conflict"].format(levels=", ".join(f"«{level['label']}»"
                                                     for level in item["answered"]))
    if state == "resolved":
        return w["resolved"].format(reviewer=item["resolved_by"])
    return w["automatic"]


def _experts(count: int, lang: str) -> str:
    w = words(FEEDBACK, lang)
    return w["one_expert"] if count == 1 else w["experts"].format(n=count)


def _intro(round_info: dict, lang: str) -> str:
    """The greeting; it says so when the reasons are in the other language (they are
    stored in the language the round was reviewed in)."""
    w = words(FEEDBACK, lang)
    return w["intro"] if round_info["lang"] == lang else f"{w['intro']} {w['other_language']}"


def _notices(data: dict, lang: str) -> list[dict]:
    """What the team must see first, each with its mark: § for missing statutory content
    (as everywhere in sipcheck), ! for personal data found in the plan."""
    w = words(FEEDBACK, lang)
    notices = []
    if data["statutory_missing"]:
        notices.append({"mark": "§", "text": w["missing_notice"].format(
            names=", ".join(data["statutory_missing"]))})
    kinds = dict.fromkeys(KINDS.get(kind, Text(kind, kind)).pick(lang)
                          for kind in data["personal_data"])
    if kinds:
        notices.append({"mark": "!", "text": w["pii_notice"].format(kinds=", ".join(kinds))})
    return notices


def _points(value: float | int | None, lang: str) -> str:
    """Points as a whole number when they are one ('15'), else with one decimal ('7,5')."""
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else decimal(value, 1, lang)
