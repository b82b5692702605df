"""Feedback to a plan's team in the terminal, as a rich renderable (pure: the CLI prints).

Only `rich.text.Text` objects carry the plan's words, never console markup: a redacted
quotation reads "[telefonnummer]", which markup would swallow as a style tag.
"""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from sipcheck.render.feedback_sentences import worded
from sipcheck.text.evidence import quoted


def feedback_view(data: dict) -> Group:
    data = worded(data)
    w = data["words"]
    parts = [Text(data["title"], style="bold")]
    facts = Text()
    for label, value in data["facts"]:
        facts.append(f"{label}: ", style="bold")
        facts.append(f"{value}\n")
    parts += [facts, Text(data["intro"] + "\n")]
    parts += [Text(f"{notice['mark']} {notice['text']}\n", style="bold red")
              for notice in data["notices"]]
    for section in data["sections"]:
        parts.append(Rule(Text(section["heading"], style="bold"), align="left"))
        if section["intro"]:
            parts.append(Text(section["intro"] + "\n", style="italic"))
        for item in section["criteria"]:
            parts += _criterion(item, w)
    return Group(*parts)


def _criterion(item: dict, w: dict) -> list:
    level = item["level"]
    style = _colour(level["color"])
    head = Text()
    head.append(f"{level['symbol']} {level['label']}", style=f"bold {style}".strip())
    head.append("  ")
    head.append(item["title"], style="bold")
    if item["statutory_missing"]:
        head.append(f"  § {w['statutory_missing']}", style="bold red")
    elif item["statutory"]:
        head.append(f"  § {w['statutory']}", style="dim")
    body = Text()
    _line(body, w["decided"], item["decided"])
    if item["reason"]:
        _line(body, w["reason"], item["reason"])
    if item["guidance"]:
        _line(body, w["guidance"], item["guidance"], "green")
    body.append(f"{w['evidence']}:\n", style="bold")
    for evidence in item["evidence"]:
        body.append(f"  • {quoted(evidence['text'])} ")
        body.append(f"({evidence['where']})\n", style="dim")
    if not item["evidence"]:
        body.append(f"  {w['no_evidence']}\n", style="dim")
    if item["comments"]:
        body.append(f"{w['comments']}:\n", style="bold")
    for comment in item["comments"]:
        body.append(f"  • {comment['reviewer']}", style="bold")
        if comment["settled"]:
            body.append(f" {w['settled']}")
        date = f", {comment['date']}" if comment["date"] else ""
        body.append(f" ({comment['level']['symbol']} {comment['level']['label']}{date}): ")
        body.append(f"{comment['comment']}\n")
    return [head, Padding(body, (0, 0, 0, 4), expand=False)]


def _colour(name: str) -> str:
    """The level's colour as a rich style, or none when the checklist names one rich does
    not know (a hand-written checklist may)."""
    from rich.errors import StyleSyntaxError
    from rich.style import Style

    try:
        Style.parse(name)
    except StyleSyntaxError:
        return ""
    return name


def _line(body: Text, label: str, text: str, style: str = "") -> None:
    body.append(f"{label}: ", style="bold")
    body.append(text + "\n", style=style)
