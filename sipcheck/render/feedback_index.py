"""The index of `sipcheck feedback --all`: which document is which plan's, for the project
leader who sends each team its own.

A spreadsheet (CSV, `;` and a byte-order mark for Swedish Excel, as every sipcheck CSV):
plan, unit (its name), the plan's file, the feedback document, and for a plan that could
not be read, why there is none. It holds no levels or scores: it is a list of who gets
what, and it may be forwarded.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sipcheck.rounds import unit_name
from sipcheck.text import Text

HEADERS = [Text("plan", "plan"), Text("enhet", "unit"), Text("planfil", "plan file"),
           Text("återkoppling", "feedback")]


def feedback_index(round_data: dict, written: list[tuple[dict, Path]], skipped: list[str],
                   lang: str = "sv") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="," if lang == "en" else ";", lineterminator="\r\n")
    writer.writerow([header.pick(lang) for header in HEADERS])
    for plan, path in written:
        writer.writerow([plan["id"], unit_name(round_data, plan.get("unit")) or "",
                         plan["file"], path.name])
    unread = Text("ingen: planen kunde inte läsas", "none: the plan could not be read")
    for plan in round_data["plans"]:
        if plan["id"] in skipped:
            writer.writerow([plan["id"], unit_name(round_data, plan.get("unit")) or "",
                             plan["file"], unread.pick(lang)])
    return "\ufeff" + buffer.getvalue()
