"""`sipcheck assess --status`: how far the experts have come with a round.

One row per reviewer (answered, share of the round, how often the answer was the automatic
suggestion), then the round's totals: judgements decided by experts, changed, conflicts.
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text as RichText

from sipcheck.experts import assessments
from sipcheck.scoring import experts_of, reviewer_key
from sipcheck.text import Text
from sipcheck.text.numbers import counted, percent
from sipcheck.text.words import ASSESS, words


def status_table(round_data: dict, lang: str = "sv") -> Group:
    results = [r for p in assessments.scored_plans(round_data) for r in p["criteria"]]
    w = words(ASSESS, lang)
    table = Table(title=w["reviewers"], title_justify="left")
    table.add_column(w["reviewer"])
    table.add_column(w["judged"], justify="right")
    table.add_column(w["share"], justify="right")
    table.add_column(w["same"], justify="right")
    for name in assessments.reviewers(round_data):
        own = [(r, a) for r in results for a in r.get("assessments", [])
               if reviewer_key(a["reviewer"]) == reviewer_key(name)]
        same = sum(1 for r, a in own if a["level"] == assessments.automatic_level(r))
        table.add_row(name, f"{len(own)}/{len(results)}",
                      percent(100 * len(own) / len(results) if results else None, lang),
                      f"{same}/{len(own)}")
    experts = experts_of(round_data)
    waiting = counted(experts["conflict"], Text("konflikt väntar", "conflict awaits"),
                      Text("konflikter väntar", "conflicts await"), lang)
    totals = RichText(Text(f"{experts['decided']} av {experts['judgements']} bedömningar avgjorda "
                           f"av experter ({experts['confirmed']} bekräftade, {experts['changed']} "
                           f"ändrade, {experts['resolved']} avgjorda konflikter); {waiting} på "
                           "avgörande.",
                           f"{experts['decided']} of {experts['judgements']} judgements decided by "
                           f"experts ({experts['confirmed']} confirmed, {experts['changed']} "
                           f"changed, {experts['resolved']} settled conflicts); {waiting} "
                           "settling.").pick(lang))
    if not assessments.reviewers(round_data):
        return Group(RichText(Text("Ingen expert har bedömt omgången ännu.",
                                   "No expert has judged the round yet.").pick(lang)), totals)
    return Group(table, totals)
