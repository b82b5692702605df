"""Rich renderables for the terminal: the review table, problems, details per plan.

Pure: these build renderables and return them; only the CLI prints. Colour is never the
only carrier of meaning: every level also has its symbol, for colour-blind readers and
for terminals without colour.
"""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from sipcheck.render.grid import Grid
from sipcheck.render.grid_terminal import GridView
from sipcheck.render.review_sentences import levels, plan_results, remark_label
from sipcheck.rounds import unit_name
from sipcheck.text import in_lang
from sipcheck.text.evidence import distinct, quoted, where
from sipcheck.text.numbers import decimal, percent
from sipcheck.text.words import REVIEW, words


def compact(round_data: dict, lang: str, width: int | None) -> bool:
    """Whether the table must number its criterion columns to fit the terminal."""
    if width is None:
        return False
    plans = [p for p in round_data["plans"] if p["score"] is not None]
    w = words(REVIEW, lang)
    plan_width = max([len(p["id"]) for p in plans] + [len(w["share_short"])])
    unit_width = max([len(unit_name(round_data, p.get("unit")) or "–") for p in plans]
                     + [len(w["unit"])])
    needed = sum(len(in_lang(c, "short", lang, c["id"])) + 3
                 for c in round_data["checklist"]["criteria"])
    return needed + plan_width + unit_width + 6 + 13 > width


def review_table(round_data: dict, lang: str = "sv", width: int | None = None) -> Table:
    """One row per plan, one column per criterion, score, and a share-fulfilled row.
    Given the terminal `width`, a table that would not fit numbers its criteria (the
    legend says which is which) and drops its vertical lines, so plan ids stay whole."""
    w = words(REVIEW, lang)
    level_map = levels(round_data)
    criteria = round_data["checklist"]["criteria"]
    title = round_data["round"].get("name") or w["title"]
    narrow = compact(round_data, lang, width)
    table = Table(title=title, show_lines=False, header_style="bold",
                  box=box.SIMPLE_HEAD if narrow else box.HEAVY_HEAD,
                  pad_edge=not narrow, padding=(0, 0) if narrow else (0, 1))
    scored = [plan for plan in round_data["plans"] if plan["score"] is not None]
    # In a narrow table the unit column goes when every plan id already begins with it.
    show_unit = not narrow or not all(
        plan.get("unit") and plan["id"].startswith(f"{plan['unit']}/") for plan in scored)
    # Never cut an id: in a narrow table a long one folds onto a second line.
    table.add_column(w["plan"], overflow="fold", no_wrap=not narrow)
    if show_unit:
        table.add_column(w["unit"], no_wrap=True)
    for number, criterion in enumerate(criteria, start=1):
        name = str(number) if narrow else in_lang(criterion, "short", lang, criterion["id"])
        table.add_column(name, justify="center", width=max(3, len(name)), no_wrap=True)
    table.add_column(w["score"], justify="right", no_wrap=True, width=len("100 % §"))
    for plan in scored:
        results = plan_results(plan)
        cells = []
        for criterion in criteria:
            result = results.get(criterion["id"])
            level = level_map.get(result["level"]) if result else None
            cells.append(Text(level["symbol"], style=level.get("color", "")) if level else "")
        score = percent(plan["score"]["percent"], lang)
        if plan.get("statutory_missing"):
            score += " §"
        unit = [unit_name(round_data, plan.get("unit")) or "–"] if show_unit else []
        table.add_row(plan["id"], *unit, *cells, score)
    summary = round_data["summary"]
    shares = {c["id"]: c for c in summary["criteria"]}
    table.add_section()
    table.add_row(Text(w["share_short"], style="bold"), *([""] if show_unit else []),
                  *[_share_cell(shares.get(c["id"]), lang) for c in criteria],
                  Text(percent(summary["mean_percent"], lang), style="bold"))
    return table


def _share_cell(summary_criterion: dict | None, lang: str) -> Text:
    if not summary_criterion or summary_criterion.get("share") is None:
        return Text("–")
    return Text(decimal(100 * summary_criterion["share"], 0, lang), style="bold")


def legend(round_data: dict, lang: str = "sv", width: int | None = None) -> Text:
    """Symbols, criteria behind the column names, and the § mark."""
    w = words(REVIEW, lang)
    narrow = compact(round_data, lang, width)
    text = Text()
    for level in round_data["checklist"]["levels"]:
        text.append(f"{level['symbol']} ", style=level.get("color", ""))
        text.append(f"{in_lang(level, 'label', lang)}   ")
    text.append(f"§ {w['statutory']}\n")
    for number, criterion in enumerate(round_data["checklist"]["criteria"], start=1):
        mark = " (§)" if criterion.get("statutory") else ""
        text.append(f"{number} " if narrow else "", style="bold")
        text.append(f"{in_lang(criterion, 'short', lang, criterion['id'])}", style="bold")
        text.append(f": {in_lang(criterion, 'title', lang)}{mark}\n")
    summary = round_data["summary"]
    text.append(f"{w['share_short']}: {w['share_explained']}. {w['mean']}: "
                f"{percent(summary['mean_percent'], lang)}. "
                f"{summary['statutory_met']}/{summary['scored']} {w['statutory_met']}.")
    return text


def problems(round_data: dict, lang: str = "sv") -> Table | None:
    """Documents that were not scored and warnings about scored ones."""
    w = words(REVIEW, lang)
    rows = []
    for plan in round_data["plans"]:
        for problem in plan.get("problems", []):
            if problem["code"] == "statutory_missing":
                continue
            rows.append((plan["file"], remark_label(plan, problem, lang), problem["message"],
                         problem["severity"]))
    if not rows:
        return None
    table = Table(title=w["problems"], header_style="bold", show_lines=False)
    table.add_column(w["file"], overflow="fold")
    table.add_column(w["status"])
    table.add_column(w["message"], overflow="fold")
    for file, label, message, severity in rows:
        style = "red" if severity == "error" else "yellow"
        table.add_row(file, Text(label, style=style), message)
    return table


def details(round_data: dict, lang: str = "sv") -> Group:
    """Per plan and criterion: level, evidence with location, and the reason sentence,
    laid out for the terminal's width (a list per criterion where a table would not fit)."""
    w = words(REVIEW, lang)
    level_map = levels(round_data)
    titles = {c["id"]: in_lang(c, "title", lang) for c in round_data["checklist"]["criteria"]}
    # the symbol and the label hold together (a no-break space), and keep their colour
    named = {level["id"]: f"{level['symbol']}\u00a0{in_lang(level, 'label', lang)}"
             for level in level_map.values()}
    colours = {named[level["id"]]: level.get("color", "") for level in level_map.values()}

    def style(cell: str) -> Text:
        return Text(cell, style=colours.get(cell, ""))

    parts = []
    for plan in round_data["plans"]:
        if plan["score"] is None:
            continue
        rows = []
        for result in plan["criteria"]:
            evidence = "\n".join(f"{quoted(item['text'])} ({where(item['where'], lang)})"
                                 for item in distinct(result["evidence"])) or w["no_evidence"]
            rows.append([titles.get(result["id"], result["id"]),
                         named[result["level"]], evidence,
                         result["reason"]])
        grid = Grid("details", f"{plan['id']} ({plan['file']}) – {w['score'].lower()} "
                               f"{percent(plan['score']['percent'], lang)}",
                    [w["criterion"], w["level"], w["evidence"], w["reason"]], rows,
                    [False] * 4)
        parts.append(GridView(grid, whole=(1,), style=style, boxed=True))
    return Group(*parts)


__all__ = ["details", "legend", "problems", "review_table"]
