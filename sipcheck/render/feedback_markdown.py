"""Feedback to a plan's team as Markdown, to paste into an e-mail, a wiki or meeting notes.

Lays out what `feedback_sentences` says, nothing more; every text in it is already
redacted. Text from the plan is escaped so a quotation can never turn into a link or an
HTML tag when the Markdown is shown.
"""

from __future__ import annotations

from sipcheck.render.feedback_sentences import worded
from sipcheck.text.evidence import quoted

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>"})


def _text(text: str) -> str:
    return " ".join(str(text).split()).translate(_SPECIAL)


def feedback_markdown(data: dict) -> str:
    data = worded(data)
    w = data["words"]
    out = [f"# {_text(data['title'])}", ""]
    out += [f"- **{label}:** {_text(value)}" for label, value in data["facts"]] + [""]
    out += [data["intro"], ""]
    out += [f"> **{_text(notice['text'])}**\n" for notice in data["notices"]]
    for section in data["sections"]:
        out += [f"## {section['heading']}", ""]
        if section["intro"]:
            out += [section["intro"], ""]
        for item in section["criteria"]:
            out += _criterion(item, w, section["key"])
    return "\n".join(out).rstrip("\n") + "\n"


def _criterion(item: dict, w: dict, section: str) -> list[str]:
    level = item["level"]
    flag = f" – § {w['statutory_missing']}" if item["statutory_missing"] else ""
    out = [f"### {_text(level['symbol'])} {_text(item['title'])}{flag}", ""]
    if item["statutory"]:
        out += [f"*§ {w['statutory_note']}*", ""]
    out += [f"- **{w['level']}:** {_text(level['symbol'])} {_text(level['label'])}",
            f"- **{w['decided']}:** {_text(item['decided'])}"]
    if item["reason"]:
        out.append(f"- **{w['reason']}:** {_text(item['reason'])}")
    if item["guidance"]:
        out.append(f"- **{w['guidance']}:** {_text(item['guidance'])}")
    out += ["", f"**{w['evidence']}**", ""]
    if item["evidence"]:
        out += [f"- {quoted(_text(e['text']))} ({_text(e['where'])})" for e in item["evidence"]]
    else:
        out.append(f"- *{w['no_evidence']}*")
    out.append("")
    if item["comments"]:
        out += [f"**{w['comments']}**", ""]
        out += [f"- {_comment(c, w)}" for c in item["comments"]] + [""]
    return out


def _comment(comment: dict, w: dict) -> str:
    settled = f" {w['settled']}" if comment["settled"] else ""
    text = _text(comment["comment"])
    date = f", {comment['date']}" if comment["date"] else ""
    return (f"**{_text(comment['reviewer'])}**{settled} ({_text(comment['level']['label'])}"
            f"{date}): {text}")
