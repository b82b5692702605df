"""What the agreement report says, in Swedish and English: its words, how a figure and
its remark read, the lines at the top and the notes on how to read the numbers.

Every agreement renderer takes its sentences from here, and its tables from
`agreement_grids`; CSV takes its band labels and remarks from here too.
"""

from __future__ import annotations

from sipcheck.experts import assessments
from sipcheck.experts.agreement import ALL, ALPHA, AUTOMATIC, COHEN, FLEISS, ONE_LEVEL
from sipcheck.experts.agreement_stats import BANDS
from sipcheck.render.compare_sentences import date_of
from sipcheck.text import Text
from sipcheck.text.numbers import counted, decimal, share
from sipcheck.text.words import AGREEMENT, AGREEMENT_NOTES, AGREEMENT_STATISTICS, words

DIGITS = {COHEN: 2, FLEISS: 2, ALPHA: 3}  # Krippendorff's bands sit at 0.667 and 0.800


def level_label(data: dict, level: str | None, lang: str) -> str:
    """A level's name, or '–' for none."""
    return "–" if level is None else assessments.level_label(data, level, lang)


def same_level(entry: dict, lang: str) -> str:
    """How often the raters gave the same level: '83 % (10/12)'."""
    return share(entry["percent"], entry["agreeing"], entry["judgements"], lang)


def value(entry: dict, lang: str) -> str:
    """The coefficient: '0,62' / '0.62', with a real minus sign; '–' when undefined."""
    if entry["value"] is None:
        return "–"
    return decimal(entry["value"], DIGITS[entry["statistic"]], lang)


def band(entry: dict, lang: str) -> str:
    if entry["band"] is None:
        return "–"
    return BANDS[entry["band"]].pick(lang)


def statistic(entry: dict, lang: str) -> str:
    return words(AGREEMENT_STATISTICS, lang)[entry["statistic"]]


def comparison(entry: dict, lang: str) -> str:
    w = words(AGREEMENT, lang)
    if entry["kind"] == AUTOMATIC:
        return f"{w['automatic']} – {entry['reviewers'][0]}"
    if entry["kind"] == ALL:
        count = len(entry["reviewers"])
        return w["both"] if count == 2 else w["all"].format(n=count)
    return " – ".join(entry["reviewers"])


def reason(data: dict, entry: dict, lang: str) -> str:
    """Why the value is '–', or '' when it is not."""
    undefined = entry["undefined"]
    if undefined is None:
        return ""
    w = words(AGREEMENT, lang)
    if undefined["reason"] == ONE_LEVEL:
        return w["one_level"].format(level=level_label(data, undefined["level"], lang))
    key = {COHEN: "none_pair", ALPHA: "none_alpha", FLEISS: "none_fleiss"}[entry["statistic"]]
    return w[key].format(n=len(entry["reviewers"]))


def remark(data: dict, entry: dict, lang: str, few: bool = True) -> str:
    """Why the value is '–', and (unless `few` is False: the table says it once for
    all its rows) that it rests on few judgements."""
    parts = [reason(data, entry, lang)]
    if few and entry["few"] and entry["judgements"]:
        parts.append(words(AGREEMENT, lang)["few"])
    return "; ".join(part for part in parts if part)


def front_lines(data: dict, lang: str) -> list[str]:
    """The round, checklist, reviewers and how much the experts judged."""
    w = words(AGREEMENT, lang)
    info, checklist = data["round"], data["checklist"]
    version = f" {checklist['version']}" if checklist.get("version") else ""
    experts = data["experts"]
    return [f"{w['round']}: {info['name'] or '–'} ({w['created']} {date_of(info['created'])})",
            f"{w['checklist']}: {checklist.get('title') or checklist['id']}{version}",
            f"{w['reviewers']}: {', '.join(data['reviewers'])}",
            w["experts"].format(**experts)]


def summary_lines(data: dict, lang: str) -> list[str]:
    """One sentence per comparison over the whole round, for the top of a report."""
    w = words(AGREEMENT, lang)
    out = []
    for entry in data["overall"]["comparisons"]:
        text = f"{comparison(entry, lang)}: "
        if entry["statistic"] == COHEN:
            text += f"{same_level(entry, lang)}, "
        text += f"{statistic(entry, lang)} {value(entry, lang)}"
        if entry["band"]:
            text += f" ({band(entry, lang)})"
        judgements = counted(entry["judgements"], Text("bedömning", "judgement"),
                             Text("bedömningar", "judgements"), lang)
        if entry["statistic"] == FLEISS:
            text += ", " + w["fleiss_count"].format(judgements=judgements,
                                                    n=len(entry["reviewers"]))
        elif entry["statistic"] == ALPHA:
            text += ", " + w["alpha_count"].format(judgements=judgements)
        note = remark(data, entry, lang)
        out.append(text + (f"; {note}" if note else "") + ".")
    return out


def notes(data: dict, lang: str) -> list[str]:
    """How to read the numbers; the lines on α and Fleiss' κ only when they are shown."""
    nominal = [level_label(data, level, lang) for level in data["scale"]["nominal"]]
    if lang == "en":
        nominal_text = " or ".join(f"'{n}'" for n in nominal) or "a level without points"
    else:
        nominal_text = " eller ".join(f"”{n}”" for n in nominal) or "en nivå utan poäng"
    lines = words(AGREEMENT_NOTES, lang)
    needs = [1, 1, 2, 3, 1, 1]  # reviewers needed for each line to apply
    return [line.format(nominal=nominal_text, few=data["few_below"])
            for line, need in zip(lines, needs, strict=True) if len(data["reviewers"]) >= need]


def quote(text: str, lang: str) -> str:
    return f"“{text}”" if lang == "en" else f"”{text}”"


def no_disagreements(data: dict, lang: str) -> str:
    return words(AGREEMENT, lang)["no_disagreements"]
