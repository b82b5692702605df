"""`section`: a section is stated, with enough words of its own.

Options:
  section    section id or list of ids (required)
  min_words  words the section's text must have after generic phrases are removed
             (default 1). Use it to tell "Samordning" from a purpose written for this person.
  generic    regular expressions for stock phrases that do not count
             ("att få en gemensam bild", "samordning").
  exclude    regular expressions; lines matching one state nothing ("inte bestämt än")
  min_content_words  content words the section must have after generic phrases are
             removed, leaving out function words ("för att", "vi ska"), so that a stock
             sentence does not pass for one written about this person

Passes when one of the sections has that many words of content. A label whose value is
empty or a placeholder ("-", "x", "Se ovan") states nothing.
"""

from __future__ import annotations

from sipcheck.language.function_words import content_words
from sipcheck.language.sentences import words
from sipcheck.rules.base import Finding, any_match, compile_pattern, evidence_of, section_option
from sipcheck.sections import Plan


def check(options: dict, plan: Plan) -> Finding:
    min_words = options.get("min_words", 1)
    min_content = options.get("min_content_words", 0)
    generic = options.get("generic", [])
    exclude = options.get("exclude", [])
    sections = plan.sections_for(section_option(options))
    best: list = []
    for section in sections:
        lines = [line for line in plan.values(section.lines)
                 if not (exclude and any_match(exclude, line.full))]
        if not lines:
            continue
        text = " ".join(line.text for line in lines)
        if generic and any_match(generic, text):  # most texts hold none of them
            for pattern in generic:
                text = compile_pattern(pattern).sub(" ", text)
        if len(words(text)) >= min_words and len(content_words(words(text))) >= min_content:
            return Finding(True, evidence_of(lines))
        best = best or lines
    if best:
        return Finding(False, evidence_of(best), "bara allmänna ord", "only generic wording")
    if sections:
        return Finding(False, [], "rubriken finns men är tom", "the heading is there but empty")
    return Finding(False, [], "avsnittet saknas", "the section is missing")
