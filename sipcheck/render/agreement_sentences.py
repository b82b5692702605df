"""What the agreement report says, in Swedish and English: its words, how a figure and
its remark read, the lines at the top and the notes on how to read the numbers.

Every agreement renderer takes its sentences from here, and its tables from
`agreement_grids`; CSV takes its band labels and remarks from here too.
"""

from __future__ import annotations

from sipcheck.experts.agreement import ALL, ALPHA, AUTOMATIC, COHEN, FLEISS, ONE_LEVEL
from sipcheck.experts.agreement_stats import BANDS
from sipcheck.render import compare_sentences as cw

WORDS = {
    "sv": {
        "title": "Överensstämmelse mellan bedömare", "round": "Omgång",
        "created": "granskad", "checklist": "Checklista", "reviewers": "Granskare",
        "overall": "Hela omgången", "by_criterion": "Per kriterium",
        "criterion": "Kriterium", "comparison": "Jämförelse", "statistic": "Mått",
        "judgements": "Bedömningar", "agreement": "Samma nivå", "value": "Värde",
        "band": "Tolkning", "remark": "Anmärkning", "automatic": "Automatisk",
        "automatic_review": "Automatisk granskning", "all": "Alla {n} granskare",
        "both": "Båda granskarna",
        "plan": "Plan", "status": "Status",
        "disagreements": "Oenigheter: där experterna valde en annan nivå än förslaget "
                         "eller var oense",
        "conflict": "konflikt", "changed": "ändrad till {level}",
        "conflict_note": "Ändrad: experterna var eniga om en annan nivå än den automatiska "
                         "(en regel att se över). Konflikt: granskarna är oense och den "
                         "automatiska nivån gäller tills någon avgör (sipcheck assess "
                         "--resolve).",
        "resolved": "avgjord: {level} ({who})", "notes": "Så läser du siffrorna",
        "summary": "Sammanfattning", "tables": "Tabeller", "page": "Sida",
        "generated": "Skapad med sipcheck",
        "few": "få bedömningar: osäkert värde",
        "none_pair": "odefinierat: inga bedömningar som båda gjort",
        "none_alpha": "odefinierat: ingen bedömning gjord av minst två granskare",
        "none_fleiss": "odefinierat: ingen bedömning som alla {n} gjort",
        "one_level": "odefinierat: alla gav samma nivå ({level})",
        "fleiss_count": "på de {count} bedömningar som alla {n} gjort",
        "alpha_count": "på {count} bedömningar som minst två gjort",
        "all_few": "Alla värden i tabellen vilar på färre än {few} bedömningar (få "
                   "bedömningar: osäkert värde).",
        "fleiss_note": "Fleiss κ räknas bara på de bedömningar som alla {n} granskare gjort "
                       "(antalet står under Bedömningar).",
        "no_disagreements": "Experterna gav samma nivå som den automatiska granskningen i "
                            "varje bedömning och var eniga.",
        "experts": "Bedömda av experter: {assessed} av {judgements} (plan × kriterium); "
                   "i konflikt: {conflict}; avgjorda: {resolved}.",
    },
    "en": {
        "title": "Agreement between raters", "round": "Round", "created": "reviewed",
        "checklist": "Checklist", "reviewers": "Reviewers", "overall": "The whole round",
        "by_criterion": "By criterion", "criterion": "Criterion",
        "comparison": "Comparison", "statistic": "Statistic", "judgements": "Judgements",
        "agreement": "Same level", "value": "Value", "band": "Interpretation",
        "remark": "Remark", "automatic": "Automatic", "automatic_review": "Automatic review",
        "all": "All {n} reviewers", "both": "Both reviewers",
        "plan": "Plan", "status": "Status",
        "disagreements": "Disagreements: where the experts chose another level than the "
                         "suggestion or disagreed",
        "conflict": "conflict", "changed": "changed to {level}",
        "conflict_note": "Changed: the experts agreed on another level than the automatic "
                         "one (a rule to look at). Conflict: the reviewers disagree and the "
                         "automatic level stands until someone settles it (sipcheck assess "
                         "--resolve).",
        "resolved": "resolved: {level} ({who})", "notes": "How to read the numbers",
        "summary": "Summary", "tables": "Tables", "page": "Page",
        "generated": "Made with sipcheck",
        "few": "few judgements: uncertain value",
        "none_pair": "undefined: no judgements made by both",
        "none_alpha": "undefined: no judgement made by two or more reviewers",
        "none_fleiss": "undefined: no judgement made by all {n}",
        "one_level": "undefined: everyone gave the same level ({level})",
        "fleiss_count": "over the {count} judgements all {n} made",
        "alpha_count": "over {count} judgements made by two or more",
        "all_few": "Every figure in this table rests on fewer than {few} judgements (few "
                   "judgements: uncertain value).",
        "fleiss_note": "Fleiss' κ uses only the judgements all {n} reviewers made (their "
                       "number is under Judgements).",
        "no_disagreements": "The experts gave the automatic review's level in every "
                            "judgement and agreed with each other.",
        "experts": "Judged by experts: {assessed} of {judgements} (plan × criterion); "
                   "in conflict: {conflict}; resolved: {resolved}.",
    },
}

STATISTICS = {
    "sv": {COHEN: "Cohens κ", ALPHA: "Krippendorffs α", FLEISS: "Fleiss κ"},
    "en": {COHEN: "Cohen's κ", ALPHA: "Krippendorff's α", FLEISS: "Fleiss' κ"},
}
DIGITS = {COHEN: 2, FLEISS: 2, ALPHA: 3}  # Krippendorff's bands sit at 0.667 and 0.800

NOTES = {
    "sv": [
        "Samma nivå (överensstämmelse): andelen bedömningar (plan × kriterium) där båda gav "
        "samma nivå; "
        "för alla granskare tillsammans andelen där alla som svarat gav samma nivå.",
        "Cohens κ med kvadratiska vikter: hur mycket mer överens två bedömare är än "
        "slumpen skulle ge (0 = som slumpen, 1 = helt överens). En nivå ifrån kostar "
        "mindre än motsatta ändar av skalan; {nominal} mot en annan nivå räknas som "
        "största möjliga oenighet.",
        "Krippendorffs α: alla granskare tillsammans, med samma vikter; klarar att alla "
        "inte bedömt allt (bedömningar som bara en gjort räknas inte).",
        "Fleiss κ (minst tre granskare): nivåerna som kategorier utan vikter, och bara de "
        "bedömningar som alla granskare gjort.",
        "Tolkning av κ enligt Landis & Koch (1977): under 0 sämre än slumpen, 0–0,20 "
        "obetydlig, 0,21–0,40 svag, 0,41–0,60 måttlig, 0,61–0,80 god, över 0,80 mycket "
        "god. α enligt Krippendorff (2004): minst 0,800 tillförlitlig, 0,667–0,799 osäker "
        "(bara preliminära slutsatser), under 0,667 otillförlitlig. Gränserna är en "
        "konvention, inte ett test.",
        "– betyder att måttet inte går att räkna ut; orsaken står under Anmärkning (till "
        "exempel när alla gav samma nivå: då finns ingen spridning att jämföra med). Värden "
        "som vilar på färre än {few} bedömningar är markerade ”få bedömningar: osäkert "
        "värde”. Per kriterium finns högst en bedömning per plan.",
    ],
    "en": [
        "Same level (percent agreement): the share of judgements (plan × criterion) where "
        "both gave the same level; for all reviewers together the share where everyone "
        "who answered did.",
        "Cohen's κ with quadratic weights: how much more two raters agree than chance "
        "would make them (0 = chance, 1 = full agreement). A near miss costs less than "
        "opposite ends of the scale; {nominal} against another level counts as the "
        "largest possible disagreement.",
        "Krippendorff's α: all reviewers together, with the same weights; copes with "
        "reviewers not judging everything (judgements only one made do not count).",
        "Fleiss' κ (three reviewers or more): the levels as categories without weights, "
        "and only the judgements every reviewer made.",
        "κ read per Landis & Koch (1977): below 0 poor, 0–0.20 slight, 0.21–0.40 fair, "
        "0.41–0.60 moderate, 0.61–0.80 substantial, above 0.80 almost perfect. α per "
        "Krippendorff (2004): 0.800 or more reliable, 0.667–0.799 tentative (tentative "
        "conclusions only), below 0.667 unreliable. The bands are a convention, not a test.",
        "– means the statistic cannot be computed; the reason is under Remark (e.g. when "
        "everyone gave the same level there is no spread to compare against). Figures "
        "resting on fewer than {few} judgements are marked 'few judgements: uncertain "
        "value'. A criterion has at most one judgement per plan.",
    ],
}


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "sv"]


def level_label(data: dict, level: str | None, lang: str) -> str:
    if level is None:
        return "–"
    for item in data["checklist"]["levels"]:
        if item["id"] == level:
            return (item.get("label_en") if lang == "en" else None) or item["label"]
    return level


def number(value: float | None, digits: int, lang: str) -> str:
    """'0,62' / '0.62', with a real minus sign; '–' for an undefined value."""
    if value is None:
        return "–"
    text = f"{abs(value):.{digits}f}"
    if lang != "en":
        text = text.replace(".", ",")
    return ("−" if round(value, digits) < 0 else "") + text


def percent(entry: dict, lang: str) -> str:
    """'83 % (10/12)'."""
    if not entry["judgements"]:
        return "–"
    return f"{cw.pct(entry['percent'], lang)} ({entry['agreeing']}/{entry['judgements']})"


def value(entry: dict, lang: str) -> str:
    return number(entry["value"], DIGITS[entry["statistic"]], lang)


def band(entry: dict, lang: str) -> str:
    if entry["band"] is None:
        return "–"
    return BANDS[entry["band"]].pick(lang)


def statistic(entry: dict, lang: str) -> str:
    return STATISTICS["en" if lang == "en" else "sv"][entry["statistic"]]


def comparison(entry: dict, lang: str) -> str:
    w = words(lang)
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
    w = words(lang)
    if undefined["reason"] == ONE_LEVEL:
        return w["one_level"].format(level=level_label(data, undefined["level"], lang))
    key = {COHEN: "none_pair", ALPHA: "none_alpha", FLEISS: "none_fleiss"}[entry["statistic"]]
    return w[key].format(n=len(entry["reviewers"]))


def remark(data: dict, entry: dict, lang: str, few: bool = True) -> str:
    """Why the value is '–', and (unless `few` is False: the table says it once for
    all its rows) that it rests on few judgements."""
    parts = [reason(data, entry, lang)]
    if few and entry["few"] and entry["judgements"]:
        parts.append(words(lang)["few"])
    return "; ".join(part for part in parts if part)


def front_lines(data: dict, lang: str) -> list[str]:
    """The round, checklist, reviewers and how much the experts judged."""
    w = words(lang)
    info, checklist = data["round"], data["checklist"]
    version = f" {checklist['version']}" if checklist.get("version") else ""
    experts = data["experts"]
    return [f"{w['round']}: {info['name'] or '–'} ({w['created']} {cw.date_of(info['created'])})",
            f"{w['checklist']}: {checklist.get('title') or checklist['id']}{version}",
            f"{w['reviewers']}: {', '.join(data['reviewers'])}",
            w["experts"].format(**experts)]


def summary_lines(data: dict, lang: str) -> list[str]:
    """One sentence per comparison over the whole round, for the top of a report."""
    w = words(lang)
    out = []
    for entry in data["overall"]["comparisons"]:
        text = f"{comparison(entry, lang)}: "
        if entry["statistic"] == COHEN:
            text += f"{percent(entry, lang)}, "
        text += f"{statistic(entry, lang)} {value(entry, lang)}"
        if entry["band"]:
            text += f" ({band(entry, lang)})"
        if entry["statistic"] == FLEISS:
            text += ", " + w["fleiss_count"].format(count=entry["judgements"],
                                                    n=len(entry["reviewers"]))
        elif entry["statistic"] == ALPHA:
            text += ", " + w["alpha_count"].format(count=entry["judgements"])
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
    lines = NOTES["en" if lang == "en" else "sv"]
    needs = [1, 1, 2, 3, 1, 1]  # reviewers needed for each line to apply
    return [line.format(nominal=nominal_text, few=data["few_below"])
            for line, need in zip(lines, needs, strict=True) if len(data["reviewers"]) >= need]


def quote(text: str, lang: str) -> str:
    return f"“{text}”" if lang == "en" else f"”{text}”"


def no_disagreements(data: dict, lang: str) -> str:
    return words(lang)["no_disagreements"]
