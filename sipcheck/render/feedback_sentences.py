"""Words for the feedback to a plan's team, in Swedish and English.

The feedback is read by the people who wrote the plan, not by a steering group: it speaks
to them ("ni", "your plan"), says first what can be better and then what already works, and
never sounds like a verdict. Every renderer takes its words from here through
`sipcheck.experts.feedback`, so the terminal, Markdown, HTML and Word say the same thing.
"""

from __future__ import annotations

from sipcheck.text.words import FEEDBACK, words


def experts(count: int, lang: str) -> str:
    w = words(FEEDBACK, lang)
    return w["one_expert"] if count == 1 else w["experts"].format(n=count)
