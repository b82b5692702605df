"""The review as Markdown: for pasting into a wiki, a ticket or a meeting document."""

from __future__ import annotations

from sipcheck.render.common import (
    criterion_short,
    criterion_title,
    level_name,
    levels,
    percent,
    plan_results,
    plans_word,
    quoted,
    remark_label,
    share,
    where,
    words,
)
from sipcheck.render.grid import markdown_cell


def review_markdown(round_data: dict, lang: str = "sv", with_details: bool = False) -> str:
    w = words(lang)
    level_map = levels(round_data)
    criteria = round_data["checklist"]["criteria"]
    summary = round_data["summary"]
    name = round_data["round"].get("name")
    out = [f"# {w['title']}" + (f" – {name}" if name else ""), ""]
    out.append(f"{w['checklist']}: {round_data['checklist']['title']} "
               f"({round_data['checklist']['id']} {round_data['checklist']['version']}). "
               f"{summary['scored']} {plans_word(summary['scored'], lang)}, {w['mean'].lower()} "
               f"{percent(summary['mean_percent'], lang)}, {summary['statutory_met']}/"
               f"{summary['scored']} {w['statutory_met']}.")
    out.append("")
    header = [w["plan"], w["unit"], *[criterion_short(c, lang) for c in criteria], w["score"]]
    out.append("| " + " | ".join(markdown_cell(h) for h in header) + " |")
    out.append("|" + "|".join(["---", "---"] + [":-:"] * len(criteria) + ["--:"]) + "|")
    for plan in round_data["plans"]:
        if plan["score"] is None:
            continue
        results = plan_results(plan)
        cells = [level_map[results[c["id"]]["level"]]["symbol"] if c["id"] in results else ""
                 for c in criteria]
        score = percent(plan["score"]["percent"], lang)
        score += " §" if plan.get("statutory_missing") else ""
        out.append("| " + " | ".join([markdown_cell(plan["id"]),
                                      markdown_cell(plan.get("unit") or "–"), *cells, score])
                   + " |")
    shares = {c["id"]: c for c in summary["criteria"]}
    out.append("| " + " | ".join([f"**{w['share']}**", "",
                                  *[markdown_cell(share(shares[c["id"]], lang)) for c in criteria],
                                  f"**{percent(summary['mean_percent'], lang)}**"]) + " |")
    out.append("")
    out.append(f"**{w['legend']}:** " + ", ".join(
        f"{lv['symbol']} {level_name(lv, lang)}" for lv in round_data["checklist"]["levels"])
        + f", § {w['statutory']}.")
    out.append("")
    for criterion in criteria:
        mark = " (§)" if criterion.get("statutory") else ""
        out.append(f"- **{markdown_cell(criterion_short(criterion, lang))}**: "
                   f"{markdown_cell(criterion_title(criterion, lang))}{mark}")
    problems = [(p, pr) for p in round_data["plans"] for pr in p.get("problems", [])
                if pr["code"] != "statutory_missing"]
    if problems:
        out += ["", f"## {w['problems']}", "", f"| {w['file']} | {w['status']} | "
                f"{w['message']} |", "|---|---|---|"]
        for plan, problem in problems:
            label = remark_label(plan, problem, lang)
            out.append(f"| {markdown_cell(plan['file'])} | {markdown_cell(label)} | "
                       f"{markdown_cell(problem['message'])} |")
    if with_details:
        out += ["", f"## {w['details']}"]
        titles = {c["id"]: criterion_title(c, lang) for c in criteria}
        for plan in round_data["plans"]:
            if plan["score"] is None:
                continue
            out += ["", f"### {plan['id']} – {percent(plan['score']['percent'], lang)}", "",
                    f"| {w['criterion']} | {w['level']} | {w['evidence']} | {w['reason']} |",
                    "|---|---|---|---|"]
            for result in plan["criteria"]:
                level = level_map[result["level"]]
                evidence = "<br>".join(
                    f"{markdown_cell(quoted(e['text']))} ({where(e['where'], lang)})"
                    for e in result["evidence"]) or w["no_evidence"]
                out.append(f"| {markdown_cell(titles[result['id']])} | {level['symbol']} "
                           f"{level_name(level, lang)} | {evidence} | "
                           f"{markdown_cell(result['reason'])} |")
    return "\n".join(out) + "\n"
