"""The review as Markdown: for pasting into a wiki, a ticket or a meeting document."""

from __future__ import annotations

from sipcheck.render.grid import markdown_cell
from sipcheck.render.review_sentences import levels, plan_results, remark_label
from sipcheck.rounds import unit_name
from sipcheck.text import Text, in_lang
from sipcheck.text.evidence import distinct, quoted, where
from sipcheck.text.numbers import counted, percent, share_count
from sipcheck.text.words import REVIEW, words


def review_markdown(round_data: dict, lang: str = "sv", with_details: bool = False) -> str:
    w = words(REVIEW, lang)
    level_map = levels(round_data)
    criteria = round_data["checklist"]["criteria"]
    summary = round_data["summary"]
    name = round_data["round"].get("name")
    out = [f"# {w['title']}" + (f" – {name}" if name else ""), ""]
    plans = counted(summary["scored"], Text("plan", "plan"), Text("planer", "plans"), lang)
    out.append(f"{w['checklist']}: {round_data['checklist']['title']} "
               f"({round_data['checklist']['id']} {round_data['checklist']['version']}). "
               f"{plans}, {w['mean'].lower()} "
               f"{percent(summary['mean_percent'], lang)}, {summary['statutory_met']}/"
               f"{summary['scored']} {w['statutory_met']}.")
    out.append("")
    header = [w["plan"], w["unit"], *[in_lang(c, "short", lang, c["id"]) for c in criteria],
              w["score"]]
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
                                      markdown_cell(unit_name(round_data, plan.get("unit"))
                                                    or "–"), *cells, score])
                   + " |")
    shares = {c["id"]: c for c in summary["criteria"]}
    out.append("| " + " | ".join([f"**{w['share']}**", "",
                                  *[markdown_cell(share_count(shares[c["id"]], lang))
                                    for c in criteria],
                                  f"**{percent(summary['mean_percent'], lang)}**"]) + " |")
    out.append("")
    out.append(f"**{w['legend']}:** " + ", ".join(
        f"{lv['symbol']} {in_lang(lv, 'label', lang)}" for lv in round_data["checklist"]["levels"])
        + f", § {w['statutory']}.")
    out.append("")
    for criterion in criteria:
        mark = " (§)" if criterion.get("statutory") else ""
        out.append(f"- **{markdown_cell(in_lang(criterion, 'short', lang, criterion['id']))}**: "
                   f"{markdown_cell(in_lang(criterion, 'title', lang))}{mark}")
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
        titles = {c["id"]: in_lang(c, "title", lang) for c in criteria}
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
                    for e in distinct(result["evidence"])) or w["no_evidence"]
                out.append(f"| {markdown_cell(titles[result['id']])} | {level['symbol']} "
                           f"{in_lang(level, 'label', lang)} | {evidence} | "
                           f"{markdown_cell(result['reason'])} |")
    return "\n".join(out) + "\n"

