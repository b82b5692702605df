"""Words for the feedback to a plan's team, in Swedish and English.

The feedback is read by the people who wrote the plan, not by a steering group: it speaks
to them ("ni", "your plan"), says first what can be better and then what already works, and
never sounds like a verdict. Every renderer takes its words from here through
`sipcheck.experts.feedback`, so the terminal, Markdown, HTML and Word say the same thing.
"""

from __future__ import annotations

WORDS = {
    "sv": {
        "title": "Återkoppling på er SIP",
        "plan": "Plan", "file": "Fil", "unit": "Enhet", "plan_date": "Planens datum",
        "round": "Omgång", "reviewed": "granskad", "checklist": "Checklista",
        "score": "Planens poäng", "score_value": "{points} av {max} ({percent})",
        "intro": "Tack för er plan! Här är återkopplingen från granskningen. Först kommer det "
                 "som kan bli bättre, med checklistans tips på vad ni kan göra, och sedan det "
                 "som redan fungerar bra. Citaten är hämtade ur er plan, med platsen där de "
                 "står. Återkopplingen gäller bara er plan.",
        "other_language": "Motiveringarna är på engelska, det språk granskningen gjordes på.",
        "improve": "Det här kan bli bättre",
        "improve_intro": "Börja gärna med de punkter som är märkta som lagkrav: de ska finnas "
                         "i varje SIP.",
        "improve_none": "Inget att förbättra enligt checklistan – fint arbete!",
        "good": "Det här fungerar bra",
        "good_none": "Inga kriterier är helt uppfyllda ännu, men varje punkt ovan är ett "
                     "konkret steg framåt.",
        "not_applicable": "Gäller inte er plan",
        "level": "Nivå", "decided": "Bedömning", "evidence": "Det här hittade vi i planen",
        "no_evidence": "Vi hittade inget i planen som visar detta.",
        "comments": "Kommentarer från experterna",
        "settled": "avgjorde",
        "reason": "Varför den här nivån", "guidance": "Så kan ni göra",
        "statutory": "Lagkrav", "statutory_missing": "Lagkrav som saknas",
        "statutory_note": "Lagkrav (SoL 2 kap. 7 §, HSL 16 kap. 4 §): det här ska finnas i "
                          "varje SIP.",
        "missing_notice": "Planen saknar lagkrav: {names}. Det är det viktigaste att "
                          "komplettera.",
        "pii_notice": "Granskningen hittade personuppgifter i planen ({kinds}). De visas inte "
                      "här, men ta bort dem ur planen innan den delas vidare.",
        "generated": "Skapad med sipcheck", "page": "Sida",
        "automatic": "Bedömt av den automatiska granskningen; ingen expert har tittat på det "
                     "ännu.",
        "confirmed": "Den automatiska bedömningen har bekräftats av {experts}.",
        "changed": "Ändrad av {experts}; den automatiska granskningen föreslog {automatic}.",
        "conflict": "Experterna är oense ({levels}). Den automatiska granskningens förslag "
                    "gäller tills de har avgjort det.",
        "resolved": "Experterna var oense; {reviewer} avgjorde nivån.",
        "one_expert": "en expert", "experts": "{n} experter",
    },
    "en": {
        "title": "Feedback on your SIP",
        "plan": "Plan", "file": "File", "unit": "Unit", "plan_date": "Date of the plan",
        "round": "Round", "reviewed": "reviewed", "checklist": "Checklist",
        "score": "The plan's score", "score_value": "{points} of {max} ({percent})",
        "intro": "Thank you for your plan! Here is the feedback from the review. First what "
                 "can be better, with the checklist's tips on what you can do, then what "
                 "already works well. The quotations are taken from your plan, with the place "
                 "where they stand. The feedback concerns your plan only.",
        "other_language": "The reasons are in Swedish, the language the review was made in.",
        "improve": "What can be better",
        "improve_intro": "You may want to start with the points marked as statutory: every "
                         "SIP must contain them.",
        "improve_none": "Nothing to improve according to the checklist – well done!",
        "good": "What works well",
        "good_none": "No criterion is fully met yet, but each point above is a concrete step "
                     "forward.",
        "not_applicable": "Does not apply to your plan",
        "level": "Level", "decided": "Assessment", "evidence": "What we found in the plan",
        "no_evidence": "We found nothing in the plan that shows this.",
        "comments": "The experts' comments",
        "settled": "settled",
        "reason": "Why this level", "guidance": "What you can do",
        "statutory": "Statutory", "statutory_missing": "Statutory content missing",
        "statutory_note": "Statutory (SoL ch. 2 § 7, HSL ch. 16 § 4): every SIP must "
                          "contain this.",
        "missing_notice": "The plan lacks statutory content: {names}. This is the most "
                          "important thing to add.",
        "pii_notice": "The review found personal data in the plan ({kinds}). It is not shown "
                      "here, but remove it from the plan before it is shared.",
        "generated": "Made with sipcheck", "page": "Page",
        "automatic": "Assessed by the automatic review; no expert has looked at it yet.",
        "confirmed": "The automatic assessment was confirmed by {experts}.",
        "changed": "Changed by {experts}; the automatic review suggested {automatic}.",
        "conflict": "The experts disagree ({levels}). The automatic review's suggestion "
                    "applies until they have settled it.",
        "resolved": "The experts disagreed; {reviewer} settled the level.",
        "one_expert": "one expert", "experts": "{n} experts",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "sv"]


def experts(count: int, lang: str) -> str:
    w = words(lang)
    return w["one_expert"] if count == 1 else w["experts"].format(n=count)
