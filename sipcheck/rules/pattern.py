"""`pattern`: words or regular expressions in a section or anywhere in the plan.

Options:
  section     section id or list of ids; leave out to search the whole plan
  patterns    regular expressions (case-insensitive)
  keywords    plain words or phrases, matched as whole words
  near        regular expressions of which one must also stand in the same line
              ("samtycke" near "muntligt|skriftligt|\\d{4}-\\d\\d-\\d\\d")
  exclude     regular expressions; lines matching one are skipped
  min_matches lines that must match (default 1)
  skip_sections  sections left out when searching the whole plan (a participants list
              when looking for other actors)
  table_rows  also match whole table rows of the sections, cells joined by " | "
              (a participants row "Kim | Den enskilde | Ja")

A line's form label counts as part of it ("Samtycke: muntligt"), headings do not.
"""

from __future__ import annotations

from sipcheck.rules.base import (
    Finding,
    any_match,
    evidence_at,
    keyword_patterns,
    scoped_lines,
    section_option,
)
from sipcheck.sections import Line, Plan


def matching_lines(options: dict, plan: Plan) -> list[tuple[Line, int]]:
    """Lines that match, each with where in `line.full` the match begins."""
    patterns = list(options.get("patterns", [])) + keyword_patterns(options.get("keywords", []))
    near = options.get("near", [])
    exclude = options.get("exclude", [])
    found = []
    candidates = scoped_lines(options, plan)
    if options.get("table_rows"):
        candidates = candidates + plan.table_rows(section_option(options))
    for line in candidates:
        text = line.full
        if exclude and any_match(exclude, text):
            continue
        match = any_match(patterns, text)
        if match and (not near or any_match(near, text)):
            found.append((line, match.start()))
    return found


def check(options: dict, plan: Plan) -> Finding:
    found = matching_lines(options, plan)
    evidence = [evidence_at(line, position) for line, position in found[:3]]
    if len(found) >= options.get("min_matches", 1):
        return Finding(True, evidence)
    return Finding(False, evidence, "inga träffar", "no match")
