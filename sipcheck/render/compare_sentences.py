"""Words and number formats for comparisons and trends, in Swedish and English.

Every comparison renderer takes its words and its numbers from here, so a share, an
interval or a p-value reads the same in the terminal, in Markdown, in HTML and in Word.
"""

from __future__ import annotations

import math

from sipcheck.render.common import criterion_short, criterion_title

WORDS = {
    "sv": {
        "title": "Jämförelse av granskningsomgångar", "trend_title": "Utveckling över omgångar",
        "round": "Omgång", "rounds": "Omgångar", "reviewed": "Granskad", "plans": "Planer",
        "criterion": "Kriterium", "mean": "Medelpoäng", "statutory": "Uppfyller alla lagkrav",
        "share": "Andel uppfyllt", "interval": "95 %-intervall", "change": "Förändring",
        "pp_short": "pe", "p": "p (utforskande)", "test": "Test",
        "levels": "Andel på varje nivå", "matched": "Samma planer i båda omgångarna",
        "improved": "Förbättrad", "stayed": "Oförändrad", "regressed": "Försämrad",
        "became": "Blev uppfyllt", "stopped": "Slutade uppfyllas", "unit": "Enhet",
        "by_unit": "Per enhet", "overall": "Översikt", "no_unit": "(ingen enhet)",
        "guidance": "Vägledning", "chart_criteria": "Andel planer som uppfyller kriteriet",
        "chart_units": "Medelpoäng per enhet", "chart_trend": "Andel uppfyllt per omgång",
        "axis_share": "Andel uppfyllt (%)", "axis_mean": "Medelpoäng (%)",
        "plans_word": "planer", "statutory_mark": "§ lagkrav",
        "largest": "Största förändringarna", "notes": "Så läser du siffrorna",
        "from_to": "{a} → {b}", "created": "granskad", "plan_dates": "planernas datum",
        "tables": "Tabeller", "charts": "Diagram", "page": "Sida", "checklist": "Checklista",
        "generated": "Skapad med sipcheck", "n_plans": "n = {n}",
        "summary": "Sammanfattning", "caption": "Figur",
        "trend_legend": "Linje: andel uppfyllt (%) per omgång. Fält: 95 %-intervall (Wilson).",
        "units_caption": "Planernas medelpoäng per enhet och omgång; n = antal bedömda planer.",
    },
    "en": {
        "title": "Comparison of review rounds", "trend_title": "Trend over rounds",
        "round": "Round", "rounds": "Rounds", "reviewed": "Reviewed", "plans": "Plans",
        "criterion": "Criterion", "mean": "Mean score",
        "statutory": "Meet all statutory criteria",
        "share": "Share fulfilled", "interval": "95% interval", "change": "Change",
        "pp_short": "pp", "p": "p (exploratory)", "test": "Test",
        "levels": "Share at each level", "matched": "The same plans in both rounds",
        "improved": "Improved", "stayed": "Unchanged", "regressed": "Regressed",
        "became": "Became fulfilled", "stopped": "No longer fulfilled", "unit": "Unit",
        "by_unit": "By unit", "overall": "Overview", "no_unit": "(no unit)",
        "guidance": "Guidance", "chart_criteria": "Share of plans fulfilling the criterion",
        "chart_units": "Mean score by unit", "chart_trend": "Share fulfilled by round",
        "axis_share": "Share fulfilled (%)", "axis_mean": "Mean score (%)",
        "plans_word": "plans", "statutory_mark": "§ statutory",
        "largest": "The largest changes", "notes": "How to read the numbers",
        "from_to": "{a} → {b}", "created": "reviewed", "plan_dates": "plan dates",
        "tables": "Tables", "charts": "Charts", "page": "Page", "checklist": "Checklist",
        "generated": "Made with sipcheck", "n_plans": "n = {n}",
        "summary": "Summary", "caption": "Figure",
        "trend_legend": "Line: share fulfilled (%) by round. Band: 95% interval (Wilson).",
        "units_caption": "The plans' mean score by unit and round; n = plans scored.",
    },
}

ARROWS = {"up": "↑", "down": "↓", "same": "→", None: ""}
TESTS = {"mcnemar": "McNemar", "fisher": "Fisher", None: "–"}
MINUS = "−"


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "sv"]


def _en(lang: str) -> bool:
    return lang == "en"


def whole(value: float) -> int:
    """Rounds half up (12.5 → 13), the way a reader rounds, not half to even."""
    return int(math.floor(value + 0.5))


def pct(share: float | None, lang: str) -> str:
    """A share (0–1) as a whole percentage: '83 %' (Swedish) or '83%' (English)."""
    if share is None:
        return "–"
    return f"{whole(100 * share)}{'%' if _en(lang) else ' %'}"


def pct_value(value: float | None, lang: str) -> str:
    """A percentage (0–100), such as a mean score, with one decimal."""
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return f"{text}%" if _en(lang) else f"{text.replace('.', ',')} %"


def ci(interval: list[float] | None, lang: str) -> str:
    if not interval:
        return "–"
    low, high = whole(100 * interval[0]), whole(100 * interval[1])
    return f"{low}–{high}{'%' if _en(lang) else ' %'}"


def share_count(entry: dict, lang: str) -> str:
    """'83 % (5/6)': a share with the counts it comes from."""
    if entry.get("share") is None:
        return "–"
    return f"{pct(entry['share'], lang)} ({entry['fulfilled']}/{entry['applicable']})"


def pp(change: float | None, lang: str, decimals: int = 0) -> str:
    """A change in percentage points with its sign: '+33', '−17', '0'."""
    if change is None:
        return "–"
    number = whole(change) if decimals == 0 else round(change, decimals)
    if number == 0:
        return "0"
    text = f"{abs(number):.{decimals}f}"
    if not _en(lang):
        text = text.replace(".", ",")
    return ("+" if number > 0 else MINUS) + text


def arrow_pp(change: dict, lang: str) -> str:
    """'↑ +33' — the direction arrow and the change in percentage points."""
    if change.get("change_pp") is None:
        return "–"
    return f"{ARROWS[change['direction']]} {pp(change['change_pp'], lang)}"


def pvalue(p: float | None, lang: str) -> str:
    """Two significant figures, never 0: '0,19', '0,031', '< 0,001'."""
    if p is None:
        return "–"
    if p < 0.001:
        text = "< 0.001"
    elif p < 0.1:
        text = f"{p:.3f}"
    else:
        text = f"{p:.2f}"
    return text if _en(lang) else text.replace(".", ",")


def p_test(change: dict, lang: str) -> str:
    """'0,19 (Fisher)'."""
    if change.get("p") is None:
        return "–"
    return f"{pvalue(change['p'], lang)} ({TESTS[change['test']]})"


def unit_name(unit: str, lang: str) -> str:
    return unit or words(lang)["no_unit"]


def criterion_label(criterion: dict, lang: str, long: bool = True) -> str:
    name = criterion_title(criterion, lang) if long else criterion_short(criterion, lang)
    return name + (" §" if criterion.get("statutory") else "")


def pair_label(comparison: dict, pair: list[int] | tuple[int, int], lang: str) -> str:
    rounds = comparison["rounds"]
    return words(lang)["from_to"].format(a=rounds[pair[0]]["label"], b=rounds[pair[1]]["label"])


def date_of(timestamp: str | None) -> str:
    return (timestamp or "")[:10] or "–"


# ------------------------------------------------------------------ sentences


def round_lines(comparison: dict, lang: str) -> list[str]:
    """'2024-09: 6 planer, granskad 2024-09-30 (planernas datum 2024-09-02–2024-09-13)'."""
    w = words(lang)
    out = []
    for info in comparison["rounds"]:
        text = (f"{info['label']}: {info['scored']} {w['plans_word']}, {w['created']} "
                f"{date_of(info['created'])}")
        if info["plan_dates"]:
            text += f" ({w['plan_dates']} {info['plan_dates'][0]}–{info['plan_dates'][1]})"
        not_scored = info["plans"] - info["scored"]
        if not_scored:
            text += (f"; {not_scored} not scored" if _en(lang) else f"; {not_scored} ej bedömda")
        out.append(text)
    return out


def checklist_notice(comparison: dict, lang: str) -> str:
    info = comparison["checklist"]
    rounds = comparison["rounds"]
    if info["same"]:
        checklist = rounds[-1]["checklist"]
        return (f"All rounds were reviewed with the same checklist: {checklist['title']} "
                f"({checklist['id']} {checklist['version']}).") if _en(lang) else (
                f"Alla omgångar granskades med samma checklista: {checklist['title']} "
                f"({checklist['id']} {checklist['version']}).")
    used = "; ".join(f"{r['label']}: {r['checklist']['id']} {r['checklist']['version']} "
                     f"(sha256 {str(r['checklist']['sha256'])[:12]}…)" for r in rounds)
    shared = len(info["shared"])
    text = (f"The rounds were reviewed with different checklists ({used}). Only the {shared} "
            "criteria that exist in every round are compared, and mean scores and statutory "
            "shares are computed over those criteria only.") if _en(lang) else (
            f"Omgångarna granskades med olika checklistor ({used}). Bara de {shared} "
            "kriterier som finns i alla omgångar jämförs, och medelpoäng och lagkrav räknas "
            "bara på dem.")
    if info["only"]:
        parts = [f"{criterion_title(c, lang)} "
                 f"({', '.join(rounds[i]['label'] for i in c['rounds'])})"
                 for c in info["only"]]
        text += (" Not compared: " if _en(lang) else " Jämförs inte: ") + "; ".join(parts) + "."
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
            parts.append(f"{info['label']}: " + ("automatic levels only" if _en(lang)
                                                  else "bara automatiska nivåer"))
            continue
        text = (f"{info['label']}: {decided} of {total} judgements decided by an expert"
                if _en(lang) else
                f"{info['label']}: {decided} av {total} bedömningar avgjorda av expert")
        if conflicts:
            text += (f", {conflicts} in conflict (the automatic level counts until settled)"
                     if _en(lang) else
                     f", {conflicts} i konflikt (den automatiska nivån gäller tills den "
                     "avgjorts)")
        parts.append(text)
    lead = ("The final levels are compared (an expert's level where there is one). "
            if _en(lang) else
            "Slutliga nivåer jämförs (expertens nivå där en sådan finns). ")
    return lead + "; ".join(parts) + "."


def pairing_notices(comparison: dict, lang: str, scope: dict | None = None) -> list[str]:
    scope = scope or comparison["overall"]
    out = []
    for entry in scope["pairing"]:
        label = pair_label(comparison, (entry["from"], entry["to"]), lang)
        m = entry["matched"]
        if entry["paired"]:
            out.append(
                f"{label}: the same {m} plans (matched by plan id) were reviewed in both rounds; "
                "McNemar's exact test on the plans that changed. If different plans share an "
                "id (a reused file name), run with --unpaired." if _en(lang) else
                f"{label}: samma {m} planer (matchade på plan-id) granskades i båda omgångarna; "
                "McNemars exakta test på de planer som ändrats. Är det olika planer som fått "
                "samma id (ett återanvänt filnamn), kör med --unpaired.")
        elif m and not comparison["paired_option"]:
            out.append(
                f"{label}: treated as independent samples (--unpaired); Fisher's exact test."
                if _en(lang) else
                f"{label}: behandlas som oberoende urval (--unpaired); Fishers exakta test.")
        elif m:
            out.append(
                f"{label}: {m} plans appear in both rounds, but not all of them; the rounds "
                "are treated as independent samples (Fisher's exact test), and the change per "
                f"plan is shown for the {m} matched plans." if _en(lang) else
                f"{label}: {m} planer finns i båda omgångarna, men inte alla; omgångarna "
                "behandlas som oberoende urval (Fishers exakta test), och förändringen per plan "
                f"visas för de {m} som finns i båda.")
        else:
            out.append(f"{label}: different plans; Fisher's exact test." if _en(lang) else
                       f"{label}: olika planer; Fishers exakta test.")
    return out


def exploratory_note(comparison: dict, lang: str) -> str:
    k = len(comparison["criteria"])
    sizes = sorted({r["plans"] for r in comparison["overall"]["rounds"]})
    n = "–".join(str(s) for s in (sizes[0], sizes[-1]) if s is not None) if sizes else "0"
    if sizes and sizes[0] == sizes[-1]:
        n = str(sizes[0])
    if _en(lang):
        return (f"Each share has its Wilson 95% interval. The p-values are exploratory: they ask "
                f"whether a change could be chance, with no correction for testing {k} "
                f"criteria at once. With {n} plans per round a high p-value does not mean that "
                "nothing changed, only that so few plans cannot show it; a low one is a reason "
                "to look closer, not proof.")
    return (f"Varje andel har sitt Wilsonintervall (95 %). p-värdena är utforskande: de prövar "
            f"om en förändring kan vara slump, utan justering för att {k} kriterier prövas "
            f"samtidigt. Med {n} planer per omgång betyder ett högt p-värde inte att inget "
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
        return [f"No criterion changed between {label_a} and {label_b}." if _en(lang) else
                f"Inget kriterium ändrades mellan {label_a} och {label_b}."]
    out = []
    for cid in comparison["largest"]:
        result = results[cid]
        change = result["changes"][index]
        a, b = result["rounds"][pair[0]], result["rounds"][pair[1]]
        title = criterion_title(titles[cid], lang)
        up = change["direction"] == "up"
        p = f"p = {pvalue(change['p'], lang)}, {TESTS[change['test']]}"
        if _en(lang):
            out.append(f"{title} {'rose' if up else 'fell'} from {share_count(a, lang)} in "
                       f"{label_a} to {share_count(b, lang)} in {label_b} "
                       f"({pp(change['change_pp'], lang)} percentage points; {p}, "
                       "exploratory).")
        else:
            out.append(f"{title} {'ökade' if up else 'minskade'} från {share_count(a, lang)} "
                       f"i {label_a} till {share_count(b, lang)} i {label_b} "
                       f"({pp(change['change_pp'], lang)} procentenheter; {p}, utforskande).")
    return out


def guidance_heading(comparison: dict, lang: str) -> str:
    from sipcheck.compare.comparison import main_pair

    pair = comparison["pairs"][main_pair(comparison)]
    a, b = (comparison["rounds"][i]["label"] for i in pair)
    if comparison["fell"]:
        return (f"Guidance for the criteria that fell between {a} and {b}" if _en(lang) else
                f"Vägledning för kriterierna som föll mellan {a} och {b}")
    if comparison["lowest"]:
        return (f"No criterion fell between {a} and {b}. Guidance for the lowest in {b}"
                if _en(lang) else
                f"Inget kriterium föll mellan {a} och {b}. Vägledning för de lägsta i {b}")
    return (f"No criterion fell between {a} and {b}, and all are fulfilled in {b}."
            if _en(lang) else
            f"Inget kriterium föll mellan {a} och {b}, och alla är uppfyllda i {b}.")


def guidance_reason(comparison: dict, lang: str) -> str | None:
    info = comparison.get("guidance") or {}
    reason, name = info.get("reason"), info.get("checklist")
    if reason == "not_bundled":
        return (f"The checklist's guidance is not shown: the checklist '{name}' is not built "
                "into sipcheck, and round files hold no guidance." if _en(lang) else
                f"Checklistans vägledning visas inte: checklistan «{name}» finns inte inbyggd "
                "i sipcheck, och omgångsfilerna innehåller ingen vägledning.")
    if reason == "changed":
        return (f"The checklist's guidance is not shown: the built-in checklist '{name}' has "
                "changed since the round was reviewed (its sha256 differs), so its guidance "
                "may not belong to the same criteria." if _en(lang) else
                f"Checklistans vägledning visas inte: den inbyggda checklistan «{name}» har "
                "ändrats sedan omgången granskades (sha256 skiljer sig), så vägledningen hör "
                "kanske inte till samma kriterier.")
    return None
