"""Comparison and trend reports as Markdown, for a wiki, a ticket or a meeting document."""

from __future__ import annotations

from sipcheck.render import compare_words as cw
from sipcheck.render.common import criterion_title
from sipcheck.render.compare_tables import Grid, compare_grids, trend_grids


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def grid_markdown(grid: Grid, level: int = 2) -> list[str]:
    out = [f"{'#' * level} {grid.title}", "",
           "| " + " | ".join(_cell(h) for h in grid.headers) + " |",
           "|" + "|".join("--:" if right else "---" for right in grid.numeric) + "|"]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in grid.rows]
    if grid.note:
        out += ["", f"*{_cell(grid.note)}*"]
    return out + [""]


def _rounds_line(comparison: dict, lang: str) -> str:
    return f"{cw.words(lang)['rounds']}: " + "; ".join(cw.round_lines(comparison, lang)) + "."


def compare_markdown(comparison: dict, lang: str = "sv") -> str:
    w = cw.words(lang)
    out = [f"# {w['title']}", "", _rounds_line(comparison, lang), "",
           cw.basis_notice(comparison, lang), ""]
    out += [f"- {line}" for line in cw.pairing_notices(comparison, lang)] + [""]
    out += [f"## {w['largest']}", ""]
    out += [f"- {line}" for line in cw.highlight_sentences(comparison, lang)] + [""]
    for grid in compare_grids(comparison, lang):
        out += grid_markdown(grid)
    out += guidance_markdown(comparison, lang)
    out += [f"## {w['notes']}", "", cw.exploratory_note(comparison, lang), ""]
    return "\n".join(out)


def guidance_markdown(comparison: dict, lang: str) -> list[str]:
    w = cw.words(lang)
    out = [f"## {w['guidance']}", "", cw.guidance_heading(comparison, lang) + ".", ""]
    reason = cw.guidance_reason(comparison, lang)
    if reason:
        return out + [reason, ""]
    titles = {c["id"]: c for c in comparison["criteria"]}
    for item in (comparison.get("guidance") or {}).get("criteria", []):
        text = item["guidance_en"] if lang == "en" else item["guidance"]
        out.append(f"- **{_cell(criterion_title(titles[item['id']], lang))}**: {_cell(text)}")
    return out + [""]


def trend_markdown(trend: dict, lang: str = "sv") -> str:
    w = cw.words(lang)
    out = [f"# {w['trend_title']}", "", _rounds_line(trend, lang), "",
           cw.basis_notice(trend, lang), ""]
    for grid in trend_grids(trend, lang):
        out += grid_markdown(grid)
    out += [f"## {w['notes']}", ""]
    out += [f"- {line}" for line in cw.pairing_notices(trend, lang)]
    out += ["", cw.exploratory_note(trend, lang), ""]
    return "\n".join(out)
