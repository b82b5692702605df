"""What comparison and trend reports say, in Swedish and English: the labels of rounds,
criteria and changes, and every sentence (which rounds, on what basis, the largest
changes, how to read the numbers).

Every comparison renderer takes its sentences from here and its numbers from
`sipcheck.text.numbers`, so a share, an interval or a p-value reads the same in the
terminal, in Markdown, in HTML and in Word.
"""

from __future__ import annotations

from sipcheck.text import Text, in_lang
from sipcheck.text.numbers import counted, pvalue, share_count, signed
from sipcheck.text.words import COMPARE, words

ARROWS = {"up": "↑", "down": "↓", "same": "→", None: ""}
TESTS = {"mcnemar": "McNemar", "fisher": "Fisher", None: "–"}


def arrow_pp(change: dict, lang: str) -> str:
    """'↑ +33' — the direction arrow and the change in percentage points."""
    if change.get("change_pp") is None:
        return "–"
    return f"{ARROWS[change['direction']]} {signed(change['change_pp'], lang)}"


def p_test(change: dict, lang: str) -> str:
    """'0,19 (Fisher)'."""
    if change.get("p") is None:
        return "–"
    return f"{pvalue(change['p'], lang)} ({TESTS[change['test']]})"


def unit_name(unit: dict, lang: str) -> str:
    """A unit of a comparison by its name ("Köping", from plans.csv or the project's
    configuration), else its folder's name."""
    return unit.get("name") or unit["unit"] or words(COMPARE, lang)["no_unit"]


def criterion_label(criterion: dict, lang: str, long: bool = True) -> str:
    if long:
        name = in_lang(criterion, "title", lang)
    else:
        name = in_lang(criterion, "short", lang, criterion["id"])
    return name + ("\u00a0§" if criterion.get("statutory") else "")  # § stays with its title


def pair_label(comparison: dict, pair: list[int] | tuple[int, int], lang: str) -> str:
    rounds = comparison["rounds"]
    return words(COMPARE, lang)["from_to"].format(a=rounds[pair[0]]["label"],
                                                  b=rounds[pair[1]]["label"])


def date_of(timestamp: str | None) -> str:
    return (timestamp or "")[:10] or "–"


# ------------------------------------------------------------------ sentences


def round_lines(comparison: dict, lang: str) -> list[str]:
    """'2024-09: 6 planer, granskad 2024-09-30 (planernas datum 2024-09-02–2024-09-13)'."""
    w = words(COMPARE, lang)
    out = []
    for info in comparison["rounds"]:
        text = (f"{info['label']}: {info['scored']} {w['plans_word']}, {w['created']} "
                f"{date_of(info['created'])}")
        if info["plan_dates"]:
            text += f" ({w['plan_dates']} {info['plan_dates'][0]}–{info['plan_dates'][1]})"
        not_scored = info["plans"] - info["scored"]
        if not_scored:
            text += (f"; {not_scored} not scored" if lang == "en" else f"; {not_scored} ej bedömda")
        out.append(text)
    return out


def checklist_notice(comparison: dict, lang: str) -> str:
    info = comparison["checklist"]
    rounds = comparison["rounds"]
    if info["same"]:
        checklist = rounds[-1]["checklist"]
        return (f"All rounds were reviewed with the same checklist: {checklist['title']} "
                f"({checklist['id']} {checklist['version']}).") if lang == "en" else (
                f"Alla omgångar granskades med samma checklista: {checklist['title']} "
                f"({checklist['id']} {checklist['version']}).")
    used = "; ".join(f"{r['label']}: {r['checklist']['id']} {r['checklist']['version']} "
                     f"(sha256 {str(r['checklist']['sha256'])[:12]}…)" for r in rounds)
    shared = len(info["shared"])
    text = (f"The rounds were reviewed with different checklists ({used}). Only the {shared} "
            "criteria that exist in every round are compared, and mean scores and statutory "
            "shares are computed over those criteria only.") if lang == "en" else (
            f"Omgångarna granskades med olika checklistor ({used}). Bara de {shared} "
            "kriterier som finns i alla omgångar jämförs, och medelpoäng och lagkrav räknas "
            "bara på dem.")
    if info["only"]:
        parts = [f"{in_lang(c, 'title', lang)} "
                 f"({', '.join(rounds[i]['label'] for i in c['rounds'])})"
                 for c in info["only"]]
        text += (" Not compared: " if lang == "en" else " Jämförs inte: ") + "; ".join(parts) + "."
    return text


def basis_notice(comparison: dict, lang: str) -> str:
    """What the comparison rests on: the checklist(s), and whose levels (see
    `expert_notice`)."""
    return f"{checklist_notice(comparison, lang)} {expert_notice(comparison, lang)}"


def expert_notice(comparison: dict, lang: str) -> str:
    """How many of each round's judgements an expert decided; the rest are automatic."""
    parts = []
    for info in comparison["rounds"]:
        experts = info.get("experts") or {}
        decided, total = experts.get("decided", 0), experts.get("judgements", 0)
        conflicts = experts.get("conflict", 0)
        if not experts.get("assessed"):
            parts.append(f"{info['label']}: " + ("automatic levels only" if lang == "en"
                                                  else "bara automatiska nivåer"))
            continue
        text = (f"{info['label']}: {decided} of {total} judgements decided by an expert"
                if lang == "en" else
                f"{info['label']}: {decided} av {total} bedömningar avgjorda av expert")
        if conflicts:
            text += (f", {conflicts} in conflict (the automatic level counts until settled)"
                     if lang == "en" else
                     f", {conflicts} i konflikt (den automatiska nivån gäller tills den "
                     "avgjorts)")
        parts.append(text)
    lead = ("The final levels are compared (an expert's level where there is one). "
            if lang == "en" else
            "Slutliga nivåer jämförs (expertens nivå där en sådan finns). ")
    return lead + "; ".join(parts) + "."


def pairing_notices(comparison: dict, lang: str, scope: dict | None = None) -> list[str]:
    scope = scope or comparison["overall"]
    out = []
    for entry in scope["pairing"]:
        label = pair_label(comparison, (entry["from"], entry["to"]), lang)
        m = entry["matched"]
        plans = counted(m, Text("plan", "plan"), Text("planer", "plans"), lang)
        if entry["paired"]:
            out.append(
                f"{label}: the same {plans} (matched by plan id) were reviewed in both rounds; "
                "McNemar's exact test on the plans that changed. If different plans share an "
                "id (a reused file name), run with --unpaired." if lang == "en" else
                f"{label}: samma {plans} (matchade på plan-id) granskades i båda omgångarna; "
                "McNemars exakta test på de planer som ändrats. Är det olika planer som fått "
                "samma id (ett återanvänt filnamn), kör med --unpaired.")
        elif m and not comparison["paired_option"]:
            out.append(
                f"{label}: treated as independent samples (--unpaired); Fisher's exact test."
                if lang == "en" else
                f"{label}: behandlas som oberoende urval (--unpaired); Fishers exakta test.")
        elif m:
            out.append(
                f"{label}: {plans} {'appears' if m == 1 else 'appear'} in both rounds, but not "
                "all of them; the rounds "
                "are treated as independent samples (Fisher's exact test), and the change per "
                f"plan is shown for the {m} matched plans." if lang == "en" else
                f"{label}: {plans} finns i båda omgångarna, men inte alla; omgångarna "
                "behandlas som oberoende urval (Fishers exakta test), och förändringen per plan "
                f"visas för de {m} som finns i båda.")
        else:
            out.append(f"{label}: different plans; Fisher's exact test." if lang == "en" else
                       f"{label}: olika planer; Fishers exakta test.")
    return out


def exploratory_note(comparison: dict, lang: str) -> str:
    k = len(comparison["criteria"])
    sizes = sorted({r["plans"] for r in comparison["overall"]["rounds"]})
    n = "–".join(str(s) for s in (sizes[0], sizes[-1]) if s is not None) if sizes else "0"
    if sizes and sizes[0] == sizes[-1]:
        n = str(sizes[0])
    criteria = counted(k, Text("kriterium", "criterion"), Text("kriterier", "criteria"), lang)
    per_round = Text(f"{n} plan" if n == "1" else f"{n} planer",
                     f"{n} plan" if n == "1" else f"{n} plans").pick(lang)
    if lang == "en":
        return (f"Each share has its Wilson 95% interval. The p-values are exploratory: they ask "
                f"whether a change could be chance, with no correction for testing {criteria} "
                f"at once. With {per_round} per round a high p-value does not mean that "
                "nothing changed, only that so few plans cannot show it; a low one is a reason "
                "to look closer, not proof.")
    return (f"Varje andel har sitt Wilsonintervall (95 %). p-värdena är utforskande: de prövar "
            f"om en förändring kan vara slump, utan justering för att {criteria} prövas "
            f"samtidigt. Med {per_round} per omgång betyder ett högt p-värde inte att inget "
            "hänt, bara att så få planer inte kan visa det; ett lågt p-värde är ett skäl att "
            "titta närmare, inte ett bevis.")


def highlight_sentences(comparison: dict, lang: str) -> list[str]:
    """The largest changes in the latest change, each with its exploratory p-value."""
    from sipcheck.compare.comparison import main_pair

    index = main_pair(comparison)
    pair = comparison["pairs"][index]
    label_a = comparison["rounds"][pair[0]]["label"]
    label_b = comparison["rounds"][pair[1]]["label"]
    titles = {c["id"]: c for c in comparison["criteria"]}
    results = {c["id"]: c for c in comparison["overall"]["criteria"]}
    if not comparison["largest"]:
        return [f"No criterion changed between {label_a} and {label_b}." if lang == "en" else
                f"Inget kriterium ändrades mellan {label_a} och {label_b}."]
    out = []
    for cid in comparison["largest"]:
        result = results[cid]
        change = result["changes"][index]
        a, b = result["rounds"][pair[0]], result["rounds"][pair[1]]
        title = in_lang(titles[cid], "title", lang)
        up = change["direction"] == "up"
        p = f"p = {pvalue(change['p'], lang)}, {TESTS[change['test']]}"
        if lang == "en":
            out.append(f"{title} {'rose' if up else 'fell'} from {share_count(a, lang)} in "
                       f"{label_a} to {share_count(b, lang)} in {label_b} "
                       f"({signed(change['change_pp'], lang)} percentage points; {p}, "
                       "exploratory).")
        else:
            out.append(f"{title} {'ökade' if up else 'minskade'} från {share_count(a, lang)} "
                       f"i {label_a} till {share_count(b, lang)} i {label_b} "
                       f"({signed(change['change_pp'], lang)} procentenheter; {p}, utforskande).")
    return out


def guidance_heading(comparison: dict, lang: str) -> str:
    from sipcheck.compare.comparison import main_pair

    pair = comparison["pairs"][main_pair(comparison)]
    a, b = (comparison["rounds"][i]["label"] for i in pair)
    if comparison["fell"]:
        return (f"Guidance for the criteria that fell between {a} and {b}" if lang == "en" else
                f"Vägledning för kriterierna som föll mellan {a} och {b}")
    if comparison["lowest"]:
        return (f"No criterion fell between {a} and {b}. Guidance for the lowest in {b}"
                if lang == "en" else
                f"Inget kriterium föll mellan {a} och {b}. Vägledning för de lägsta i {b}")
    return (f"No criterion fell between {a} and {b}, and all are fulfilled in {b}."
            if lang == "en" else
            f"Inget kriterium föll mellan {a} och {b}, och alla är uppfyllda i {b}.")


def guidance_reason(comparison: dict, lang: str) -> str | None:
    info = comparison.get("guidance") or {}
    reason, name = info.get("reason"), info.get("checklist")
    if reason == "not_bundled":
        return (f"The checklist's guidance is not shown: the checklist '{name}' is not built "
                "into sipcheck, and round files hold no guidance." if lang == "en" else
                f"Checklistans vägledning visas inte: checklistan «{name}» finns inte inbyggd "
                "i sipcheck, och omgångsfilerna innehåller ingen vägledning.")
    if reason == "changed":
        return (f"The checklist's guidance is not shown: the built-in checklist '{name}' has "
                "changed since the round was reviewed (its sha256 differs), so its guidance "
                "may not belong to the same criteria." if lang == "en" else
                f"Checklistans vägledning visas inte: den inbyggda checklistan «{name}» har "
                "ändrats sedan omgången granskades (sha256 skiljer sig), så vägledningen hör "
                "kanske inte till samma kriterier.")
    return None
