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


HEADING_MATCH = Text(
    "En rubrik eller etikett hör till ett avsnitt om den är ett av avsnittets alias (också "
    "med numrering som \"2.\", en ledtext inom parentes eller några ord till efter ett kort "
    "alias), annars om avsnittets ledord står i den: ett ledord på fyra bokstäver eller fler "
    "är en ordstam. Flest matchade bokstäver vinner; lika: det ledord som står först i "
    "rubriken, sedan avsnittet som står först i checklistan. En rad som bara kan vara rubrik "
    "genom sin formulering (en fråga, en ensam rad) måste till största delen förklaras av "
    "ledorden.",
    "A heading or label belongs to a section when it is one of the section's aliases (also "
    "with numbering such as \"2.\", a hint in parentheses or a few words after a short "
    "alias), otherwise when the section's cues occur in it: a cue of four letters or more is "
    "a stem. Most letters matched wins; on a tie, the cue that comes first in the heading, "
    "then the section listed first in the checklist. A line that is a heading only by its "
    "wording (a question, a line alone) must be explained mostly by the cues.")


def sections(checklist: Checklist) -> list[tuple[str, list[str], list[str]]]:
    """(section id, aliases, cues) for every section of the checklist, in its order."""
    return [(section, list(checklist.sections.get(section, [])),
             list(checklist.cues.get(section, [])))
            for section in dict.fromkeys([*checklist.sections, *checklist.cues])]
