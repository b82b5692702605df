"""The review as CSV, one row per plan and criterion, for spreadsheets.

Swedish Excel expects ';' between fields and a decimal comma, and reads UTF-8 only with
a byte-order mark; with `lang="en"` the file uses ',' and a decimal point instead.
"""

from __future__ import annotations

import csv
import io

from sipcheck.render.review_sentences import levels
from sipcheck.rounds import unit_name
from sipcheck.text import in_lang
from sipcheck.text.numbers import csv_number

HEADERS = ["plan", "file", "unit", "unit_name", "status", "criterion", "criterion_title", "level",
           "level_label", "points", "max", "plan_percent", "reason"]


def review_csv(round_data: dict, lang: str = "sv") -> str:
    delimiter = "," if lang == "en" else ";"
    level_map = levels(round_data)
    titles = {c["id"]: in_lang(c, "title", lang) for c in round_data["checklist"]["criteria"]}

    def number(value) -> str:
        return csv_number(value, 4, lang)

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for plan in round_data["plans"]:
        percent = plan["score"]["percent"] if plan["score"] else None
        base = [plan["id"], plan["file"], plan.get("unit") or "",
                unit_name(round_data, plan.get("unit")) or "", plan["status"]]
        if not plan["criteria"]:
            writer.writerow([*base, "", "", "", "", "", "", "", plan["problems"][0]["message"]
                             if plan["problems"] else ""])
            continue
        for result in plan["criteria"]:
            writer.writerow([*base, result["id"], titles.get(result["id"], ""),
                             result["level"], in_lang(level_map[result["level"]], "label", lang),
                             number(result["points"]), number(result["max"]), number(percent),
                             result["reason"]])
    return "\ufeff" + buffer.getvalue()
