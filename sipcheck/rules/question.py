"""`question`: a question or issue for the meeting is asked.

Options:
  section  section id or list of ids; leave out to look in the whole plan
  skip_sections  sections left out when looking in the whole plan
  fallback   when the sections are missing or empty, look in the whole plan (the
             reason then says it was found outside them)
  min      questions needed (default 1)
  exclude  regular expressions for questions that do not count, read on the question and
           on the question with the rest of its line ("Finns samtycke? Nej")
  interrogative  whether a sentence opening with an interrogative ("Hur ska skolgången
                 fungera") counts without a question mark (default false; use it for a
                 questions section, where such lines are questions)

A question is a sentence of at least three words ending in '?'. Questions printed by the
template as headings ("Varför gör vi denna plan?") are headings, not content, and never
count, nor do the template's own questions left in a filled-in plan (its `form_text`:
"Vilka frågor behöver lösas på mötet? Formulera dem gärna …"); nor does a question that
names a section of the plan ("Vem håller ihop planen? Psykiatrin.", "När ses vi igen?"):
it is a heading written before its answer; nor does the form's follow-up prompt under a
check question left unanswered ("Finns behov av insatser från andra aktörer?" with no box
ticked, then "Vilka, och vad ska de göra?").
"""

from __future__ import annotations

import re

from sipcheck.language.sentences import split_sentences
from sipcheck.rules.base import Evidence, Finding, any_match, quote, scope
from sipcheck.sections import Plan

# A question whose words are mostly a section's cues is that section's heading.
HEADING_COVERAGE = 0.5
_INTERROGATIVE = re.compile(
    r"^(hur|vad|vilka|vilken|vilket|när|varför|vem|vems|går det|kan vi|ska vi)\b",
    re.IGNORECASE)


def is_question(sentence: str, interrogative: bool = False) -> bool:
    sentence = sentence.strip().lstrip("-–•* ")
    if len(sentence.split()) < 3:
        return False
    return sentence.endswith("?") or (interrogative and bool(_INTERROGATIVE.match(sentence)))


def check(options: dict, plan: Plan) -> Finding:
    exclude = options.get("exclude", [])
    interrogative = options.get("interrogative", False)
    evidence = []
    lines, outside = scope(options, plan)
    for line in lines:
        if plan.follows_open_question(line):
            continue  # the form's prompt under its unanswered check question
        for sentence in split_sentences(line.text):
            if not is_question(sentence, interrogative) or \
                    plan.vocabulary.is_placeholder(sentence):
                continue  # the template's own question ("Vilka frågor behöver lösas?") is form
            if sentence.strip().endswith("?") and plan.vocabulary.section_of(
                    sentence, min_coverage=HEADING_COVERAGE) not in (None, "questions"):
                continue  # a heading asked as a question, answered after it
            # the exclusions read on to the line's end: a form's question with its ticked
            # answer after it ("Finns samtycke? Nej") is filled in, asked of no meeting
            rest = line.text[max(0, line.text.find(sentence.strip())):]
            if not (exclude and (any_match(exclude, sentence) or any_match(exclude, rest))):
                evidence.append(Evidence(quote(sentence), line.location))
    if len(evidence) >= options.get("min", 1):
        return Finding(True, evidence[:3], outside=outside)
    return Finding(False, evidence[:3], "ingen fråga ställs", "no question is asked")
