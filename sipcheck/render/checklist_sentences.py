"""What both views of a checklist say (the terminal table and the Markdown handout): a
criterion's level definitions and guidance in the reader's language, points, weights.
"""

from __future__ import annotations

from sipcheck.checklist.model import Checklist, Criterion, Level
from sipcheck.text import Text
from sipcheck.text.numbers import counted, decimal
from sipcheck.text.words import CHECKLIST, words


def weight(value: float, lang: str) -> str:
    """A criterion's weight as the reader writes numbers: "1,5" or "1.5"."""
    return decimal(value, 4, lang, trim=True)


def points(level: Level, lang: str) -> str:
    if level.points is None:
        return words(CHECKLIST, lang)["not_counted"]
    return str(level.points)


def definitions(criterion: Criterion, checklist: Checklist, lang: str) -> list[tuple]:
    """(level, definition) in the checklist's level order, for the levels defined."""
    texts = criterion.definitions_en if lang == "en" else criterion.definitions
    if lang == "en":
        texts = {**criterion.definitions, **texts}
    return [(level, " ".join(texts[level.id].split())) for level in checklist.levels
            if level.id in texts]


def guidance(criterion: Criterion, lang: str) -> str:
    text = (criterion.guidance_en or criterion.guidance) if lang == "en" else criterion.guidance
    return " ".join(text.split())


def about(checklist: Checklist, lang: str) -> str:
    parts = [f"{checklist.id}" + (f" {checklist.version}" if checklist.version else "")]
    if checklist.extends:
        parts.append(f"{words(CHECKLIST, lang)['extends']} " + " → ".join(checklist.extends))
    count = len(checklist.criteria)
    parts.append(counted(count, Text("kriterium", "criterion"), Text("kriterier", "criteria"),
                         lang))
    return " · ".join(parts)
