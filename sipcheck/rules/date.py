"""`date`: a time is stated, and how precisely.

Options:
  section    section id or list of ids; leave out to look in the whole plan
  skip_sections  sections left out when looking in the whole plan
  fallback   when the sections are missing or empty, look in the whole plan (the
             reason then says it was found outside them)
  precision  the precisions that count, from: day ("2024-05-14", "14 maj"), week
             ("vecka 38"), month ("i december"), season ("till hösten"), relative
             ("om tre månader"), vague ("vid behov"). Default: all.
  near       regular expressions of which one must stand in the same sentence as the
             date ("uppföljning|nästa möte"), to find a follow-up written anywhere
  exclude    regular expressions; lines matching one are skipped ("datum för mötet": the
             day of this meeting is not the next follow-up)
  later_than regular expressions for the label of the plan's own date ("datum för
             mötet", "mötesdatum"): a day on or before that date is this meeting or an
             earlier one, not what comes next, and does not count

Personnummer are never taken for dates.
"""

from __future__ import annotations

from datetime import date

from sipcheck.language.dates import Precision, find_dates
from sipcheck.language.sentences import sentence_spans
from sipcheck.rules.base import Finding, any_match, evidence_at, scope
from sipcheck.sections import Plan

OPENING_LINES = 12  # where a plan states its own date, before what it says
SHORT_LABEL_WORDS = 4  # a line this short over a date may be its label ("Nästa uppföljning")
_PRECISION_SV = {"day": "dag", "week": "vecka", "month": "månad", "season": "årstid",
                 "relative": "relativ tid", "vague": "vid behov e.d."}


def check(options: dict, plan: Plan) -> Finding:
    allowed = set(options.get("precision") or [])
    near = options.get("near", [])
    exclude = options.get("exclude", [])
    since = reference_day(plan, options["later_than"]) if options.get("later_than") else None
    evidence = []
    seen = []
    earlier = []
    lines, outside = scope(options, plan)
    for line in lines:
        if near and not any_match(near, line.full):
            continue
        if exclude and any_match(exclude, line.full):
            continue
        # a label that says it ("Nästa uppföljning: I december.") speaks for its value
        labelled = bool(near and line.label and any_match(near, line.label))
        for mention in _mentions(line.full, [] if labelled else near):
            if since and mention.value and mention.precision is Precision.DAY and \
                    mention.value <= since:
                earlier.append(mention)
                continue
            seen.append(str(mention.precision))
            if not allowed or str(mention.precision) in allowed:
                evidence.append(evidence_at(line, mention.start))
                break
    if evidence:
        return Finding(True, evidence[:3], outside=outside)
    if seen:
        kinds = list(dict.fromkeys(seen))
        sv = ", ".join(_PRECISION_SV.get(kind, kind) for kind in kinds)
        return Finding(False, [], f"tiden anges bara ungefärligt ({sv})",
                       f"the time is only approximate ({', '.join(kinds)})")
    if earlier:
        return Finding(False, [], "bara dagar på eller före mötets eget datum",
                       "only days on or before the meeting's own date")
    return Finding(False, [], "ingen tidpunkt anges", "no time is given")


def _mentions(text: str, near: list[str]):
    """The dates of `text`; with `near`, only those in a sentence that has one of its
    words ("Helena skickar sammanfattningen senast 2025-02-18. Ingen ny uppföljning
    planeras." plans no follow-up on the 18th)."""
    found = find_dates(text)
    if not near or not found:
        return found
    spans = sentence_spans(text)
    # a sentence with one of the words, or one under a short line that has it, a label
    # over its value ("Nästa uppföljning / I december.")
    spans = [span for index, span in enumerate(spans) if any_match(near, span.text) or (
        index and len(spans[index - 1].text.split()) <= SHORT_LABEL_WORDS and
        any_match(near, spans[index - 1].text))]
    return [mention for mention in found
            if any(span.start <= mention.start < span.end for span in spans)]


def reference_day(plan: Plan, labels: list[str]) -> date | None:
    """The plan's own date: the day it gives under one of `labels` ("Datum för mötet:
    2024-11-12"), on the label's own line or the line after it (a label cell and its value
    cell), or under the label of this meeting in a follow-up meeting's document
    ("Datum för uppföljning", `Plan.this_meeting`), the later where both are given;
    else, when the plan names two days or more, the first day of its opening lines, where
    a plan states when it was made."""
    lines = plan.lines
    # the later of the two: a follow-up's document may also say when the plan was first
    # made ("Ursprunglig plan upprättad: 2024-03-05"), and this meeting came after that
    known = [day for day in (_labelled_day(lines, labels), _first_day(plan.this_meeting)) if day]
    if known:
        return max(known)
    days = [(index, m.value) for index, line in enumerate(lines) for m in find_dates(line.full)
            if m.precision is Precision.DAY and m.value]
    if len({day for _, day in days}) >= 2 and days[0][0] < OPENING_LINES:
        return days[0][1]
    return None


def _labelled_day(lines, labels: list[str]) -> date | None:
    for index, line in enumerate(lines):
        if not any_match(labels, line.label or line.text):
            continue
        for candidate in (line.full, *(lines[index + 1].full for _ in [0]
                                       if index + 1 < len(lines))):
            days = [m.value for m in find_dates(candidate)
                    if m.precision is Precision.DAY and m.value]
            if days:
                return days[0]
    return None


def _first_day(lines) -> date | None:
    return next((m.value for line in lines for m in find_dates(line.full)
                 if m.precision is Precision.DAY and m.value), None)
