"""`pattern`: words or regular expressions in a section or anywhere in the plan.

Options:
  section     section id or list of ids; leave out to search the whole plan
  fallback    when the sections are missing or empty, search the whole plan (the reason
              then says it was found outside them)
  patterns    regular expressions (case-insensitive)
  keywords    plain words or phrases, matched as whole words
  near        regular expressions of which one must also stand in the same line
              ("samtycke" near "muntligt|skriftligt|\\d{4}-\\d\\d-\\d\\d")
  by_sentence `near` and `exclude` are asked of the sentence a pattern matches in (with
              the answer after a question), not of the whole line: in "… beslut senast
              2024-10-31. Maria kontaktar hyresvärden (med A:s tillåtelse)" the date is
              the decision's, not the permission's; a sentence that only points elsewhere
              ("För syfte, mål och samtycke, se SIP 2024-09-03.") says nothing
  exclude     regular expressions; lines matching one are skipped
  min_matches lines that must match (default 1)
  skip_sections  sections left out when searching the whole plan (a participants list
              when looking for other actors)
  table_rows  also match whole table rows of the sections, cells joined by " | "
              (a participants row "Kim | Den enskilde | Ja")
  titles      regular expressions of roles: a name written with one after it is no
              `<subject>` (see below)

A line's form label counts as part of it ("Samtycke: muntligt"), headings do not.

In `patterns`, `<subject>` stands for the name of the person the plan is about, as the plan
calls them ("Kim", "B."), so that "<subject> (vill|berättar)" finds the person's own view
and not a professional's. Where the plan names nobody, such a pattern matches nothing.
`titles` (patterns of roles) rules out a name mostly written with a role after it ("Anna,
socialsekreterare"): a professional's, however often the plan names her.
"""

from __future__ import annotations

from sipcheck.language.sentences import sentence_spans
from sipcheck.rules.base import (
    Finding,
    any_match,
    compile_pattern,
    evidence_at,
    keyword_patterns,
    scope,
    section_option,
)
from sipcheck.sections import Line, Plan


def matching_lines(options: dict, plan: Plan) -> tuple[list[tuple[Line, int]], bool]:
    """Lines that match, each with where in `line.full` the match begins, and whether they
    were looked for outside the sections asked about (see `scope`)."""
    patterns = _Patterns(options, plan)
    near = options.get("near", [])
    exclude = options.get("exclude", [])
    by_sentence = options.get("by_sentence", False)
    found = []
    candidates, outside = scope(options, plan)
    if options.get("table_rows"):
        candidates = candidates + plan.table_rows(section_option(options))
    for line in candidates:
        text = line.full
        match = patterns.search(text)  # most lines match nothing: asked first
        if match and by_sentence:
            position = next((at for at, scope_text in _sentence_matches(text, patterns)
                             if (not near or any_match(near, scope_text)) and not (
                                 exclude and any_match(exclude, scope_text))
                             and not plan.vocabulary.is_placeholder(scope_text)), None)
            if position is not None:
                found.append((line, position))
        elif match and (not near or any_match(near, text)) and not (
                exclude and any_match(exclude, text)):
            position = _outside_form(text, match.start(), patterns, plan)
            if position is not None:
                found.append((line, position))
    return found, outside


def _outside_form(text: str, start: int, patterns: _Patterns, plan: Plan) -> int | None:
    """Where the line's match is quoted from: at `start` (the first pattern's match), unless
    that sentence is the template's own words ("Finns andra aktörer med insatser (t.ex. FK,
    AF)? Nej"); then at the first matching sentence of the writer's own, None without one."""
    spans = sentence_spans(text)
    here = next((index for index, span in enumerate(spans)
                 if span.start <= start < span.start + len(span.text)), None)
    if here is None or not plan.vocabulary.is_form_text(_with_answer(spans, here)):
        return start
    return next((at for at, sentence in _sentence_matches(text, patterns)
                 if not plan.vocabulary.is_form_text(sentence)), None)


def _with_answer(spans, index: int) -> str:
    """A sentence, and after a question the answer that follows it."""
    text = spans[index].text
    if text.rstrip().endswith("?") and index + 1 < len(spans):
        text = f"{text} {spans[index + 1].text}"
    return text


def _sentence_matches(text: str, patterns: _Patterns):
    """(where in `text` the match begins, its sentence) for each sentence of `text` a
    pattern matches in; a question's sentence goes on with the answer after it ("Får vi
    prata med varandra om dig? – Ja, sa du på mötet 2025-05-06")."""
    spans = sentence_spans(text)
    for index, span in enumerate(spans):
        match = patterns.search(span.text)
        if match is None:
            continue
        yield span.start + match.start(), _with_answer(spans, index)


SUBJECT = "<subject>"


class _Patterns:
    """A check's `patterns` and `keywords` for one plan, `<subject>` the plan's person:
    `search` gives the match of the first of them, in the checklist's order, that matches.
    The patterns without the person are searched together as one list for every plan,
    those with the person as a list of their own: a county's plans each name another
    person, and compiling all of a check's patterns anew for each name cost more than
    reading the plan."""

    def __init__(self, options: dict, plan: Plan) -> None:
        order = [*options.get("patterns", []), *keyword_patterns(options.get("keywords", []))]
        self.free = [pattern for pattern in order if SUBJECT not in pattern]
        titles = tuple(options.get("titles", ()))
        named = {pattern: _with_subject(pattern, plan, titles) for pattern in order
                 if SUBJECT in pattern}
        self.named = [pattern for pattern in named.values() if pattern]
        self.searched = [named.get(pattern, pattern) for pattern in order
                         if named.get(pattern, pattern)]  # the checklist's order

    def search(self, text: str):
        free = any_match(self.free, text)
        named = any_match(self.named, text) if self.named else None
        if free is None or named is None:
            return free or named
        # both lists match (seldom): the first pattern in the checklist's order that does
        return next(match for pattern in self.searched
                    if (match := compile_pattern(pattern).search(text)))


def _with_subject(pattern: str, plan: Plan, titles: tuple[str, ...] = ()) -> str | None:
    """`pattern` with `<subject>` replaced by the person's name; None without a name."""
    if SUBJECT not in pattern:
        return pattern
    subject = plan.subject_pattern(titles=titles)
    return pattern.replace(SUBJECT, f"(?-i:{subject.pattern})") if subject else None


def check(options: dict, plan: Plan) -> Finding:
    found, outside = matching_lines(options, plan)
    evidence = [evidence_at(line, position) for line, position in found[:3]]
    if len(found) >= options.get("min_matches", 1):
        return Finding(True, evidence, outside=outside)
    return Finding(False, evidence, "inga träffar", "no match")
