"""`lix`: the plan is readable for the person it is about.

Options:
  max                            highest LIX that passes (LIX = words/sentences
                                 + 100 × long words/words; under 40 is easy, over 50 hard)
  max_unexplained_abbreviations  most abbreviations used without explanation (optional)
  ignore                         abbreviations that need no explanation (e.g. SIP)

Computed over the plan's content, not its headings or form labels. The evidence is the
figures and the abbreviations, never a quote from the plan.
"""

from __future__ import annotations

from functools import lru_cache

from sipcheck.documents.model import Location
from sipcheck.language.abbreviations import unexplained
from sipcheck.language.lix import Lix, lix, lix_band
from sipcheck.rules.base import Evidence, Finding
from sipcheck.sections import Plan


def check(options: dict, plan: Plan) -> Finding:
    lines = plan.value_lines()
    text = "\n".join(line.text for line in lines)
    figures = _lix(text)
    if figures.value is None:
        return Finding(False, [], "planen har ingen löptext", "the plan has no running text")
    limit = options.get("max_unexplained_abbreviations")
    abbreviations = unexplained(text, ignore=options.get("ignore", [])) \
        if limit is not None else []
    summary = f"LIX {figures.value:.0f} ({lix_band(figures.value)})"
    summary_en = f"LIX {figures.value:.0f} ({lix_band(figures.value, lang='en')})"
    # Abbreviations are counted only by a rule that limits them: two rules of a criterion
    # with different `ignore` lists would otherwise show two different counts.
    if abbreviations and limit is not None:
        many = len(abbreviations) != 1
        summary += (f"; {len(abbreviations)} oförklarade förkortningar" if many else
                    "; 1 oförklarad förkortning") + f": {', '.join(abbreviations)}"
        summary_en += f"; {len(abbreviations)} unexplained abbreviation{'s' if many else ''}"
    evidence = [Evidence(summary, Location())]
    passed = figures.value <= options["max"] and (limit is None or len(abbreviations) <= limit)
    return Finding(passed, evidence, summary, summary_en)


@lru_cache(maxsize=8)
def _lix(text: str) -> Lix:
    """The plan's LIX, worked out once for the rules that ask (a criterion's levels are
    rules of their own)."""
    return lix(text)
