"""`section`: a section is stated, with enough words of its own.

Options:
  section    section id or list of ids (required)
  min_words  words the section's text must have after generic phrases are removed
             (default 1). Use it to tell "Samordning" from a purpose written for this person.
  generic    regular expressions for stock phrases that do not count
             ("att få en gemensam bild", "samordning").

Passes when one of the sections has that many words of content. A label whose value is
empty or a placeholder ("-", "x", "Se ovan") states nothing.
"""

from __future__ import annotations

from sipcheck.language.sentences import words
from sipcheck.rules.base import Finding, compile_pattern, evidence_of, section_option
from sipcheck.sections import Plan


def check(options: dict, plan: Plan) -> Finding:
    min_words = options.get("min_words", 1)
    generic = options.get("generic", [])
    sections = plan.sections_for(section_option(options))
    best: list = []
    for section in sections:
        lines = plan.values(section.lines)
        if not lines:
            continue
        text = " ".join(line.text for line in lines)
        for pattern in generic:
            text = compile_pattern(pattern).sub(" ", text)
        if len(words(text)) >= min_words:
            return Finding(True, evidence_of(lines))
        best = best or lines
    if best:
        return Finding(False, evidence_of(best), "bara allmänna ord", "only generic wording")
    if sections:
        return Finding(False, [], "rubriken finns men är tom", "the heading is there but empty")
    return Finding(False, [], "avsnittet saknas", "the section is missing")
