"""The tables of the agreement report, as `Grid`s every agreement renderer lays out.

The terminal, Markdown, HTML and Word show the same cells, so a percentage or a kappa can
never differ between formats: only the layout does.
"""

from __future__ import annotations

from sipcheck.experts.agreement import FLEISS
from sipcheck.render.agreement_sentences import (
    band,
    comparison,
    level_label,
    quote,
    remark,
    same_level,
    statistic,
    value,
    words,
)
from sipcheck.render.grid import Grid
from sipcheck.text import in_lang
from sipcheck.text.words import AGREEMENT


def cells(data: dict, entry: dict, lang: str, few: bool = True) -> list[str]:
    return [comparison(entry, lang), statistic(entry, lang), str(entry["judgements"]),
            same_level(entry, lang), value(entry, lang), band(entry, lang),
            remark(data, entry, lang, few)]


def table_note(data: dict, entries: list[dict], lang: str) -> tuple[bool, str]:
    """(flag each row, the note under the table): when every figure in a table rests on
    few judgements the table says so once instead of on every row; Fleiss' kappa's
    restriction to the judgements everyone made is said once too."""
    w = words(AGREEMENT, lang)
    counted = [e for e in entries if e["judgements"]]
    all_few = bool(counted) and all(e["few"] for e in counted)
    parts = []
    if all_few:
        parts.append(w["all_few"].format(few=data["few_below"]))
    fleiss = [e for e in entries if e["statistic"] == FLEISS]
    if fleiss:
        parts.append(w["fleiss_note"].format(n=len(fleiss[0]["reviewers"])))
    return not all_few, " ".join(parts)


def grids(data: dict, lang: str) -> list[Grid]:
    """The whole round, then every criterion."""
    w = words(AGREEMENT, lang)
    headers = [w["comparison"], w["statistic"], w["judgements"], w["agreement"], w["value"],
               w["band"], w["remark"]]
    numeric = [False, False, True, True, True, False, False]
    entries = data["overall"]["comparisons"]
    flag, note = table_note(data, entries, lang)
    overall = _compact(Grid("overall", w["overall"], headers,
                            [cells(data, e, lang, flag) for e in entries], numeric, note))
    titles = {c["id"]: c for c in data["checklist"]["criteria"]}
    flag, note = table_note(data, [e for s in data["criteria"] for e in s["comparisons"]], lang)
    rows = []
    for scope in data["criteria"]:
        criterion = titles[scope["id"]]
        mark = "\u00a0§" if criterion.get("statutory") else ""  # § stays with its title
        title = in_lang(criterion, "title", lang) + mark
        for index, entry in enumerate(scope["comparisons"]):
            rows.append([title if index == 0 else "", *cells(data, entry, lang, flag)])
    by_criterion = _compact(Grid("criteria", w["by_criterion"], [w["criterion"], *headers],
                                 rows, [False, *numeric], note))
    return [overall, by_criterion]


def _compact(grid: Grid) -> Grid:
    """Without the remark column (the last) when no row has a remark: width matters on a
    phone, in a terminal and on an A4 page."""
    if any(row[-1] for row in grid.rows):
        return grid
    return Grid(grid.key, grid.title, grid.headers[:-1], [row[:-1] for row in grid.rows],
                grid.numeric[:-1], grid.note)


def disagreement_grid(data: dict, lang: str) -> Grid:
    """Plan, criterion, the automatic level, each reviewer's level and comment, status."""
    w = words(AGREEMENT, lang)
    titles = {c["id"]: c for c in data["checklist"]["criteria"]}
    rows = []
    for item in data["disagreements"]:
        answers = {a["reviewer"]: a for a in item["assessments"]}
        row = [item["plan"], in_lang(titles[item["criterion"]], "title", lang),
               level_label(data, item["automatic"], lang)]
        row += [answer_text(data, answers.get(name), lang) for name in data["reviewers"]]
        if item["status"] == "resolved" and item["resolution"]:
            settled = item["resolution"]
            text = w["resolved"].format(level=level_label(data, settled["level"], lang),
                                        who=settled["reviewer"])
            if settled["comment"]:
                text += f" – {quote(settled['comment'], lang)}"
        elif item["status"] == "changed":
            text = w["changed"].format(level=level_label(data, item["final"], lang))
        else:
            text = w["conflict"]
        rows.append([*row, text])
    headers = [w["plan"], w["criterion"], w["automatic"], *data["reviewers"], w["status"]]
    return Grid("disagreements", w["disagreements"], headers, rows, [False] * len(headers),
                w["conflict_note"])


def answer_text(data: dict, answer: dict | None, lang: str) -> str:
    if answer is None:
        return "–"
    text = level_label(data, answer["level"], lang)
    return f"{text} – {quote(answer['comment'], lang)}" if answer["comment"] else text
