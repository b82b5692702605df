"""The tables of a comparison or trend report, as plain cells every renderer lays out.

The terminal, Markdown, HTML and Word renderers all draw these same cells, so a number can
never differ between formats: only the layout does.
"""

from __future__ import annotations

from sipcheck.render.compare_sentences import (
    ARROWS,
    arrow_pp,
    criterion_label,
    date_of,
    p_test,
    pair_label,
    unit_name,
)
from sipcheck.render.grid import Grid
from sipcheck.text import in_lang
from sipcheck.text.numbers import interval, percent, share_count, share_percent, signed
from sipcheck.text.words import COMPARE, words


def compare_grids(comparison: dict, lang: str) -> list[Grid]:
    """Overview, shares per criterion, levels, matched plans, and per unit when asked."""
    w = words(COMPARE, lang)
    grids = [overview_grid(comparison, comparison["overall"], lang, "overall", w["overall"]),
             criteria_grid(comparison, comparison["overall"], lang, "criteria", w["share"]),
             levels_grid(comparison, lang)]
    matched = matched_grid(comparison, lang)
    if matched:
        grids.append(matched)
    if comparison["by_unit"]:
        grids.append(units_grid(comparison, lang))
        for unit in comparison["units"]:
            name = unit_name(unit, lang)
            grids.append(criteria_grid(comparison, unit, lang, f"unit:{unit['unit']}",
                                       f"{w['share']} – {w['unit'].lower()} {name}"))
    return grids


def overview_grid(comparison: dict, scope: dict, lang: str, key: str, title: str) -> Grid:
    w = words(COMPARE, lang)
    headers = [w["round"], w["reviewed"], w["plans"], w["mean"], w["statutory"],
               w["interval"], w["p"]]
    rows = []
    for info, entry in zip(comparison["rounds"], scope["rounds"], strict=True):
        rows.append([info["label"], date_of(info["created"]), str(entry["plans"]),
                     percent(entry["mean_percent"], lang, 1),
                     share_count({"share": entry["statutory_share"],
                                     "fulfilled": entry["statutory_met"],
                                     "applicable": entry["plans"]}, lang),
                     interval(entry["statutory_ci"], lang), ""])
    for change in scope["overall_changes"]:
        label = f"{w['change']} {pair_label(comparison, (change['from'], change['to']), lang)}"
        rows.append([label, "", "", f"{signed(change['mean_pp'], lang, 1)} {w['pp_short']}",
                     f"{ARROWS[change['direction']]} {signed(change['statutory_pp'], lang)} "
                     f"{w['pp_short']}", "", p_test(change, lang)])
    return Grid(key, title, headers, rows)


def criteria_grid(comparison: dict, scope: dict, lang: str, key: str, title: str) -> Grid:
    w = words(COMPARE, lang)
    titles = {c["id"]: c for c in comparison["criteria"]}
    headers = [w["criterion"]]
    for info in comparison["rounds"]:
        headers += [info["label"], w["interval"]]
    for pair in comparison["pairs"]:
        headers += [f"{w['change']} {pair_label(comparison, pair, lang)} ({w['pp_short']})",
                    w["p"]]
    rows = []
    for result in scope["criteria"]:
        row = [criterion_label(titles[result["id"]], lang)]
        for entry in result["rounds"]:
            row += [share_count(entry, lang), interval(entry["ci"], lang)]
        for change in result["changes"]:
            row += [arrow_pp(change, lang), p_test(change, lang)]
        rows.append(row)
    return Grid(key, title, headers, rows, note=w["statutory_mark"])


def levels_grid(comparison: dict, lang: str) -> Grid:
    w = words(COMPARE, lang)
    titles = {c["id"]: c for c in comparison["criteria"]}
    levels = {lv["id"]: lv for lv in comparison["levels"]}
    headers = [w["criterion"], *[info["label"] for info in comparison["rounds"]]]
    rows = []
    for result in comparison["overall"]["criteria"]:
        row = [criterion_label(titles[result["id"]], lang)]
        for entry in result["rounds"]:
            parts = [f"{levels[lv]['symbol']} {share_percent(share, lang)}"
                     for lv, share in entry["level_shares"].items() if lv in levels]
            not_applicable = sum(n for lv, n in entry["counts"].items()
                                 if lv not in entry["level_shares"])
            if not_applicable:
                symbol = next((levels[lv]["symbol"] for lv in entry["counts"]
                               if lv not in entry["level_shares"] and lv in levels), "–")
                parts.append(f"{symbol} {not_applicable}")
            row.append(" · ".join(parts) if entry["applicable"] or not_applicable else "–")
        rows.append(row)
    legend = ", ".join(f"{lv['symbol']} {in_lang(lv, 'label', lang)}"
                       for lv in comparison["levels"])
    return Grid("levels", w["levels"], headers, rows, note=legend)


def matched_grid(comparison: dict, lang: str) -> Grid | None:
    w = words(COMPARE, lang)
    titles = {c["id"]: c for c in comparison["criteria"]}
    scope = comparison["overall"]
    used = [i for i, entry in enumerate(scope["pairing"])
            if entry["matched"] and comparison["paired_option"]]
    if not used:
        return None
    several = len(used) > 1
    headers = [w["criterion"]]
    for i in used:
        prefix = f"{pair_label(comparison, comparison['pairs'][i], lang)}: " if several else ""
        headers += [prefix + w["improved"], prefix + w["stayed"], prefix + w["regressed"]]
        if scope["pairing"][i]["paired"]:
            headers += [prefix + w["became"], prefix + w["stopped"]]
    rows = []
    for result in scope["criteria"]:
        row = [criterion_label(titles[result["id"]], lang)]
        for i in used:
            change = result["changes"][i]
            matched = change["matched"] or {"improved": "–", "stayed": "–", "regressed": "–"}
            row += [str(matched["improved"]), str(matched["stayed"]), str(matched["regressed"])]
            if scope["pairing"][i]["paired"]:
                discordant = change["discordant"] or {}
                row += [str(discordant.get("became_fulfilled", "–")),
                        str(discordant.get("no_longer_fulfilled", "–"))]
        rows.append(row)
    counts = ", ".join(f"{pair_label(comparison, comparison['pairs'][i], lang)}: "
                       f"{scope['pairing'][i]['matched']} {w['plans_word']}" for i in used)
    return Grid("matched", f"{w['matched']} ({counts})", headers, rows)


def units_grid(comparison: dict, lang: str) -> Grid:
    """One row per unit and round, and one per unit and change."""
    w = words(COMPARE, lang)
    headers = [w["unit"], w["round"], w["plans"], w["mean"], w["statutory"], w["p"]]
    rows = []
    for unit in comparison["units"]:
        name = unit_name(unit, lang)
        for info, entry in zip(comparison["rounds"], unit["rounds"], strict=True):
            rows.append([name, info["label"], str(entry["plans"]),
                         percent(entry["mean_percent"], lang, 1),
                         share_count({"share": entry["statutory_share"],
                                         "fulfilled": entry["statutory_met"],
                                         "applicable": entry["plans"]}, lang), ""])
        for change in unit["overall_changes"]:
            label = pair_label(comparison, (change["from"], change["to"]), lang)
            rows.append([name, f"{w['change']} {label}", "",
                         f"{signed(change['mean_pp'], lang, 1)} {w['pp_short']}",
                         f"{ARROWS[change['direction']]} {signed(change['statutory_pp'], lang)} "
                         f"{w['pp_short']}", p_test(change, lang)])
    return Grid("units", w["by_unit"], headers, rows, numeric=[False, False] + [True] * 4)


def trend_grids(trend: dict, lang: str) -> list[Grid]:
    """Share fulfilled per criterion and round (with interval), and the overview."""
    w = words(COMPARE, lang)
    titles = {c["id"]: c for c in trend["criteria"]}
    first_last = trend["pairs"][-1]
    change_header = (f"{w['change']} {pair_label(trend, first_last, lang)} "
                     f"({w['pp_short']})")
    headers = [w["criterion"], *[info["label"] for info in trend["rounds"]], change_header,
               w["p"]]
    rows = []
    for result in trend["overall"]["criteria"]:
        change = result["changes"][-1]
        rows.append([criterion_label(titles[result["id"]], lang),
                     *[_share_interval(entry, lang) for entry in result["rounds"]],
                     arrow_pp(change, lang), p_test(change, lang)])
    note = (f"{w['statutory_mark']}. [ ] = {w['interval']}" if lang != "en"
            else f"{w['statutory_mark']}. [ ] = {w['interval']}")
    overview = Grid("overall", w["overall"], [w["round"], w["reviewed"], w["plans"], w["mean"],
                                              w["statutory"]], [])
    for info, entry in zip(trend["rounds"], trend["overall"]["rounds"], strict=True):
        overview.rows.append([info["label"], date_of(info["created"]), str(entry["plans"]),
                              percent(entry["mean_percent"], lang, 1),
                              _share_interval({"share": entry["statutory_share"],
                                               "fulfilled": entry["statutory_met"],
                                               "applicable": entry["plans"],
                                               "ci": entry["statutory_ci"]}, lang)])
    return [overview, Grid("trend", w["chart_trend"], headers, rows, note=note)]


def _share_interval(entry: dict, lang: str) -> str:
    if entry.get("share") is None:
        return "–"
    bounds = f" [{interval(entry['ci'], lang, sign=False)}]" if entry.get("ci") else ""
    return share_count(entry, lang) + bounds
