"""`date`: a time is stated, and how precisely.

Options:
  section    section id or list of ids; leave out to look in the whole plan
  skip_sections  sections left out when looking in the whole plan
  precision  the precisions that count, from: day ("2024-05-14", "14 maj"), week
             ("vecka 38"), month ("i december"), season ("till hösten"), relative
             ("om tre månader"), vague ("vid behov"). Default: all.
  near       regular expressions of which one must stand in the same line
             ("uppföljning|nästa möte"), to find a follow-up written anywhere

Personnummer are never taken for dates.
"""

from __future__ import annotations

from sipcheck.language.dates import find_dates
from sipcheck.rules.base import Finding, any_match, evidence_at, scoped_lines
from sipcheck.sections import Plan

_PRECISION_SV = {"day": "dag", "week": "vecka", "month": "månad", "season": "årstid",
                 "relative": "relativ tid", "vague": "vid behov e.d."}


def check(options: dict, plan: Plan) -> Finding:
    allowed = set(options.get("precision") or [])
    near = options.get("near", [])
    evidence = []
    seen = []
    for line in scoped_lines(options, plan):
        if near and not any_match(near, line.full):
            continue
        for mention in find_dates(line.full):
            seen.append(str(mention.precision))
            if not allowed or str(mention.precision) in allowed:
                evidence.append(evidence_at(line, mention.start))
                break
    if evidence:
        return Finding(True, evidence[:3])
    if seen:
        kinds = list(dict.fromkeys(seen))
        sv = ", ".join(_PRECISION_SV.get(kind, kind) for kind in kinds)
        return Finding(False, [], f"tiden anges bara ungefärligt ({sv})",
                       f"the time is only approximate ({', '.join(kinds)})")
    return Finding(False, [], "ingen tidpunkt anges", "no time is given")
