"""The agreement figures as CSV, one row per scope (the whole round or a criterion) and
comparison, for a spreadsheet.

As in the other CSV files: Swedish uses ';' and a decimal comma and starts with a
byte-order mark so Excel reads UTF-8; English uses ',' and a decimal point. Agreement is
a percentage (0–100); the coefficient keeps three decimals, so it rounds to what the
other formats show. The disagreements (with comments) are not rows here: they have other
columns, and are in every other format.
"""

from __future__ import annotations

import csv
import io

from sipcheck.render import agreement_sentences as sentences
from sipcheck.text import in_lang
from sipcheck.text.numbers import csv_number

HEADERS = ["scope", "criterion", "criterion_title", "comparison", "reviewers", "statistic",
           "judgements", "agreeing", "agreement_percent", "value", "band", "band_label",
           "undefined", "few_judgements", "remark"]
OVERALL = "alla"  # the criterion column of the rows for the whole round


def agreement_csv(data: dict, lang: str = "sv") -> str:
    delimiter = "," if lang == "en" else ";"

    def number(value, digits: int) -> str:
        return csv_number(value, digits, lang)

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    titles = {c["id"]: c for c in data["checklist"]["criteria"]}
    scopes = [("all", OVERALL, "", data["overall"])]
    scopes += [("criterion", s["id"], in_lang(titles[s["id"]], "title", lang), s)
               for s in data["criteria"]]
    for scope, criterion, title, entries in scopes:
        for entry in entries["comparisons"]:
            undefined = entry["undefined"]
            writer.writerow([
                scope, criterion, title, entry["kind"], " / ".join(entry["reviewers"]),
                entry["statistic"], entry["judgements"], entry["agreeing"],
                number(None if entry["percent"] is None else 100 * entry["percent"], 1),
                number(entry["value"], 3), entry["band"] or "",
                "" if entry["band"] is None else sentences.band(entry, lang),
                undefined["reason"] if undefined else "", "1" if entry["few"] else "0",
                sentences.remark(data, entry, lang)])
    return "\ufeff" + buffer.getvalue()
