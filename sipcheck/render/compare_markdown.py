"""Comparison and trend reports as Markdown, for a wiki, a ticket or a meeting document."""

from __future__ import annotations

from sipcheck.render import compare_sentences as sentences
from sipcheck.render.compare_grids import compare_grids, trend_grids
from sipcheck.render.grid import grid_markdown, markdown_cell
from sipcheck.text import in_lang
from sipcheck.text.words import COMPARE, words


def _rounds_line(comparison: dict, lang: str) -> str:
    lines = sentences.round_lines(comparison, lang)
    return f"{words(COMPARE, lang)['rounds']}: " + "; ".join(lines) + "."


def compare_markdown(comparison: dict, lang: str = "sv") -> str:
    w = words(COMPARE, lang)
    out = [f"# {w['title']}", "", _rounds_line(comparison, lang), "",
           sentences.basis_notice(comparison, lang), ""]
    out += [f"- {line}" for line in sentences.pairing_notices(comparison, lang)] + [""]
    out += [f"## {w['largest']}", ""]
    out += [f"- {line}" for line in sentences.highlight_sentences(comparison, lang)] + [""]
    for grid in compare_grids(comparison, lang):
        out += grid_markdown(grid)
    out += guidance_markdown(comparison, lang)
    out += [f"## {w['notes']}", "", sentences.exploratory_note(comparison, lang), ""]
    return "\n".join(out)


def guidance_markdown(comparison: dict, lang: str) -> list[str]:
    w = words(COMPARE, lang)
    out = [f"## {w['guidance']}", "", sentences.guidance_heading(comparison, lang) + ".", ""]
    reason = sentences.guidance_reason(comparison, lang)
    if reason:
        return out + [reason, ""]
    titles = {c["id"]: c for c in comparison["criteria"]}
    for item in (comparison.get("guidance") or {}).get("criteria", []):
        text = item["guidance_en"] if lang == "en" else item["guidance"]
        title = in_lang(titles[item["id"]], "title", lang)
        out.append(f"- **{markdown_cell(title)}**: {markdown_cell(text)}")
    return out + [""]


def trend_markdown(trend: dict, lang: str = "sv") -> str:
    w = words(COMPARE, lang)
    out = [f"# {w['trend_title']}", "", _rounds_line(trend, lang), "",
           sentences.basis_notice(trend, lang), ""]
    for grid in trend_grids(trend, lang):
        out += grid_markdown(grid)
    out += [f"## {w['notes']}", ""]
    out += [f"- {line}" for line in sentences.pairing_notices(trend, lang)]
    out += ["", sentences.exploratory_note(trend, lang), ""]
    return "\n".join(out)
