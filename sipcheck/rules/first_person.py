"""`first_person`: a statement in the person's own voice.

Options:
  section    section id or list of ids; leave out to look in the whole plan
  skip_sections  sections left out when looking in the whole plan
  fallback   when the sections are missing or empty, look in the whole plan (the
             reason then says it was found outside them)
  quotes     whether a quotation (”…”, "…", «…») counts as the person's words (default true)
  min_words  words the statement must have (default 3)
  near       regular expressions of which one must stand in the same line
             (e.g. "vill|önskar|mål" to look for goals anywhere)
  plural     whether "vi", "oss", "vår" count (default true: a family's voice). Set it
             false where professionals may write "vi" about themselves. In a plan written
             to the person ("du", "dig"), "vi" are the writers and never count.
  sign_offs  regular expressions for a letter's closing line; with `titles`, a plan a
             professional signs ("Hälsningar / Elin / Skolkurator") speaks in her "jag":
             there only quotations are the person's own words
  titles     regular expressions for a function, for `sign_offs`
  speakers   regular expressions for who speaks in minutes written as lines of speech
             ("Mamma: Jag vill att det händer något", "Kurator: Jag tar det med rektor"):
             under such a label or heading the "jag" is the speaker's, and only quotations
             can be the person's words

"Jag vill kunna gå till skolan" and ”Jag vill ha en egen lägenhet” are the person's own
words; "Målet är att B. ska börja skolan" is a professional's wording and does not count.
"""

from __future__ import annotations

import re

from sipcheck.language.voice import addresses_the_person, first_person, quotations
from sipcheck.rules.base import Evidence, Finding, any_match, quote, scope
from sipcheck.sections import Plan

SPEAKER_WORDS = 3  # "Mamma", "Kurator på BUP": a speaker's label is short
_SINGULAR = re.compile(r"(?<!\w)(jag|mig|mej|min|mitt|mina)(?!\w)", re.IGNORECASE)


def check(options: dict, plan: Plan) -> Finding:
    use_quotes = options.get("quotes", True)
    min_words = options.get("min_words", 3)
    near = options.get("near", [])
    plural = options.get("plural", True) and not addresses_the_person(plan.texts)
    # "Jag fortsätter att finnas till hands för Alex" in the counsellor's own e-mail is hers
    written_by_staff = plan.writer_role(tuple(options.get("sign_offs", ())),
                                        tuple(options.get("titles", ()))) is not None
    speakers = options.get("speakers", [])
    evidence = []
    lines, outside = scope(options, plan)
    for line in lines:
        if near and not any_match(near, line.full):
            continue
        speaker = (line.label or plan.heading_at(line.location) or "") if speakers else ""
        spoken = bool(speaker) and len(speaker.split()) <= SPEAKER_WORDS and \
            any_match(speakers, speaker) is not None
        spans = [] if written_by_staff or spoken else [
            span for span in first_person(line.text) if plural or _SINGULAR.search(span.text)]
        # a quoted form or heading name (blankett "Samtycke till SIP") is nobody's words
        spans += [span for span in quotations(line.text)
                  if plan.vocabulary.section_of(span.text, exact=True) is None] \
            if use_quotes else []
        for span in spans:
            if len(span.text.split()) >= min_words and not plan.vocabulary.is_placeholder(
                    span.text):  # ("Ange vilket beslut du överklagar …": the form's words)
                evidence.append(Evidence(quote(span.text), line.location))
                break
    if evidence:
        return Finding(True, evidence[:3], outside=outside)
    return Finding(False, [], "inget i personens egna ord", "nothing in the person's own words")
