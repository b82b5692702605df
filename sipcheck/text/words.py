"""The word tables of sipcheck's reports: every label and heading, in Swedish and English.

A table maps a language to its words (`TABLE["sv"]["plan"]`); both languages have the same
keys, and a test holds every table here to it. Sentences that take numbers or names are
written where they are built (`Text(sv, en)`); what a report only labels is here, so a
translator finds it in one place.
"""

from __future__ import annotations


def words(table: dict, lang: str) -> dict:
    """The table's words in the reader's language: Swedish unless English is asked for."""
    return table["en" if lang == "en" else "sv"]


# The review: `sipcheck review` in the terminal, Markdown and CSV.
REVIEW = {
    "sv": {
        "plan": "Plan", "unit": "Enhet", "score": "Poäng", "share": "Andel uppfyllt",
        "share_short": "Andel %",
        "criterion": "Kriterium", "level": "Nivå", "evidence": "Belägg", "reason": "Motivering",
        "status": "Status", "message": "Meddelande", "not_scored": "Ej bedömda dokument",
        "problems": "Anmärkningar", "legend": "Förklaring", "statutory": "saknar lagkrav",
        "mean": "Medelpoäng", "plans": "planer", "round": "Omgång", "checklist": "Checklista",
        "found_at": "funnet", "no_evidence": "inget belägg i planen", "file": "Fil",
        "statutory_met": "uppfyller alla lagkrav", "title": "Granskning av SIP",
        "details": "Detaljer per plan", "where_whole": "hela planen",
        "share_explained": "andel av planerna (%) som uppfyller kriteriet",
    },
    "en": {
        "plan": "Plan", "unit": "Unit", "score": "Score", "share": "Share fulfilled",
        "share_short": "Share %",
        "criterion": "Criterion", "level": "Level", "evidence": "Evidence", "reason": "Reason",
        "status": "Status", "message": "Message", "not_scored": "Documents not scored",
        "problems": "Remarks", "legend": "Legend", "statutory": "lacks statutory content",
        "mean": "Mean score", "plans": "plans", "round": "Round", "checklist": "Checklist",
        "found_at": "found at", "no_evidence": "no evidence in the plan", "file": "File",
        "statutory_met": "meet all statutory criteria", "title": "SIP review",
        "details": "Details per plan", "where_whole": "whole plan",
        "share_explained": "share of plans (%) that fulfil the criterion",
    },
}


# A plan's status, and the kind of a remark about it.
STATUS = {
    "sv": {"ok": "läst", "no_text": "ingen text (skannad?)", "unreadable": "kan inte läsas",
           "unsupported": "format som inte läses", "not_a_plan": "ingen plan?",
           "too_large": "för stor", "timeout": "tog för lång tid",
           "statutory_missing": "saknar lagkrav", "pii": "personuppgift",
           "file.warning": "filnamn"},
    "en": {"ok": "read", "no_text": "no text (scanned?)", "unreadable": "unreadable",
           "unsupported": "unsupported format", "not_a_plan": "not a plan?",
           "too_large": "too large", "timeout": "took too long",
           "statutory_missing": "lacks statutory content", "pii": "personal data",
           "file.warning": "file name"},
}


# Comparison and trend reports.
COMPARE = {
    "sv": {
        "title": "Jämförelse av granskningsomgångar", "trend_title": "Utveckling över omgångar",
        "round": "Omgång", "rounds": "Omgångar", "reviewed": "Granskad", "plans": "Planer",
        "criterion": "Kriterium", "mean": "Medelpoäng", "statutory": "Uppfyller alla lagkrav",
        "share": "Andel uppfyllt", "interval": "95\u00a0%-intervall", "change": "Förändring",
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
        "tables": "Tabeller", "charts": "Diagram", "checklist": "Checklista",
        "generated": "Skapad med sipcheck", "n_plans": "n = {n}",
        "summary": "Sammanfattning",
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
        "tables": "Tables", "charts": "Charts", "checklist": "Checklist",
        "generated": "Made with sipcheck", "n_plans": "n = {n}",
        "summary": "Summary",
        "trend_legend": "Line: share fulfilled (%) by round. Band: 95% interval (Wilson).",
        "units_caption": "The plans' mean score by unit and round; n = plans scored.",
    },
}


# The agreement report.
AGREEMENT = {
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
        "summary": "Sammanfattning", "tables": "Tabeller",
        "generated": "Skapad med sipcheck",
        "few": "få bedömningar: osäkert värde",
        "none_pair": "odefinierat: inga bedömningar som båda gjort",
        "none_alpha": "odefinierat: ingen bedömning gjord av minst två granskare",
        "none_fleiss": "odefinierat: ingen bedömning som alla {n} gjort",
        "one_level": "odefinierat: alla gav samma nivå ({level})",
        "fleiss_count": "på {judgements} som alla {n} gjort",
        "alpha_count": "på {judgements} som minst två gjort",
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
        "summary": "Summary", "tables": "Tables",
        "generated": "Made with sipcheck",
        "few": "few judgements: uncertain value",
        "none_pair": "undefined: no judgements made by both",
        "none_alpha": "undefined: no judgement made by two or more reviewers",
        "none_fleiss": "undefined: no judgement made by all {n}",
        "one_level": "undefined: everyone gave the same level ({level})",
        "fleiss_count": "over {judgements} all {n} made",
        "alpha_count": "over {judgements} made by two or more",
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


AGREEMENT_STATISTICS = {
    "sv": {"cohen_kappa": "Cohens κ", "krippendorff_alpha": "Krippendorffs α",
           "fleiss_kappa": "Fleiss κ"},
    "en": {"cohen_kappa": "Cohen's κ", "krippendorff_alpha": "Krippendorff's α",
           "fleiss_kappa": "Fleiss' κ"},
}


AGREEMENT_NOTES = {
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


# Feedback to a plan's team: it speaks to the people who wrote the plan ("ni", "your
# plan"), says first what can be better and then what already works, and never sounds like
# a verdict.
FEEDBACK = {
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
        "generated": "Skapad med sipcheck",
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
        "generated": "Made with sipcheck",
        "automatic": "Assessed by the automatic review; no expert has looked at it yet.",
        "confirmed": "The automatic assessment was confirmed by {experts}.",
        "changed": "Changed by {experts}; the automatic review suggested {automatic}.",
        "conflict": "The experts disagree ({levels}). The automatic review's suggestion "
                    "applies until they have settled it.",
        "resolved": "The experts disagreed; {reviewer} settled the level.",
        "one_expert": "one expert", "experts": "{n} experts",
    },
}


# A checklist shown to people (`sipcheck checklist list|show|test`).
CHECKLIST = {
    "sv": {"name": "Namn", "title": "Titel", "criteria": "Kriterier", "levels": "Nivåer",
           "level": "Nivå", "points": "Poäng", "criterion": "Kriterium", "weight": "Vikt",
           "guidance": "Råd", "id": "Id", "column": "Kolumn", "statutory": "Lagkrav",
           "what_it_takes": "Vad som krävs", "yes": "ja", "no": "nej",
           "not_counted": "räknas inte", "extends": "bygger på", "example": "Exempel",
           "expected": "Förväntat", "got": "Fick", "reason": "Orsak", "unreadable": "(oläslig)",
           "sections": "Avsnitt", "section": "Avsnitt", "aliases": "Rubriker (alias)",
           "cues": "Ledord"},
    "en": {"name": "Name", "title": "Title", "criteria": "Criteria", "levels": "Levels",
           "level": "Level", "points": "Points", "criterion": "Criterion", "weight": "Weight",
           "guidance": "Guidance", "id": "Id", "column": "Column", "statutory": "Statutory",
           "what_it_takes": "What it takes", "yes": "yes", "no": "no",
           "not_counted": "not counted", "extends": "extends", "example": "Example",
           "expected": "Expected", "got": "Got", "reason": "Reason", "unreadable": "(unreadable)",
           "sections": "Sections", "section": "Section", "aliases": "Headings (aliases)",
           "cues": "Cues"},
}

# The experts' assessment: the interactive session and `sipcheck assess --status`.
ASSESS = {
    "sv": {"statutory": "(lagkrav)", "guidance": "Vägledning: ", "evidence": "Belägg:",
           "no_evidence": "(inga belägg hittades)", "suggestion": "Förslag: ",
           "your_answer": "Ditt svar: ", "levels": "Nivåer: ", "level": "Nivå: ",
           "reviewers": "Granskare", "reviewer": "Granskare", "judged": "Bedömda",
           "share": "Andel", "same": "Samma som förslaget", "saved": "✔ Sparat."},
    "en": {"statutory": "(statutory)", "guidance": "Guidance: ", "evidence": "Evidence:",
           "no_evidence": "(no evidence found)", "suggestion": "Suggestion: ",
           "your_answer": "Your answer: ", "levels": "Levels: ", "level": "Level: ",
           "reviewers": "Reviewers", "reviewer": "Reviewer", "judged": "Judged",
           "share": "Share", "same": "Same as suggestion", "saved": "✔ Saved."},
}

# Typer's own words in the help and its messages (`typer.rich_utils`), by their names there.
TYPER = {
    "sv": {"ARGUMENTS_PANEL_TITLE": "Argument", "OPTIONS_PANEL_TITLE": "Alternativ",
           "COMMANDS_PANEL_TITLE": "Kommandon", "ERRORS_PANEL_TITLE": "Fel",
           "ABORTED_TEXT": "Avbrutet.", "DEFAULT_STRING": "[standard: {}]",
           "ENVVAR_STRING": "[miljövariabel: {}]", "REQUIRED_LONG_STRING": "[krävs]",
           "DEPRECATED_STRING": "(utgår) ",
           "RICH_HELP": "Kör [blue]'{command_path} {help_option}'[/] för hjälp."},
    "en": {"ARGUMENTS_PANEL_TITLE": "Arguments", "OPTIONS_PANEL_TITLE": "Options",
           "COMMANDS_PANEL_TITLE": "Commands", "ERRORS_PANEL_TITLE": "Error",
           "ABORTED_TEXT": "Aborted.", "DEFAULT_STRING": "[default: {}]",
           "ENVVAR_STRING": "[env var: {}]", "REQUIRED_LONG_STRING": "[required]",
           "DEPRECATED_STRING": "(deprecated) ",
           "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help."},
}


# Every Word document: the page number in the footer, a figure's caption.
DOCUMENT = {
    "sv": {"page": "Sida", "caption": "Figur"},
    "en": {"page": "Page", "caption": "Figure"},
}

# JSON Schema types, as a checklist problem names what a value should be.
JSON_TYPES = {
    "sv": {"string": "text", "integer": "ett heltal", "number": "ett tal",
           "boolean": "true eller false", "array": "en lista", "object": "en mappning (nycklar)",
           "null": "tomt (null)"},
    "en": {"string": "text", "integer": "a whole number", "number": "a number",
           "boolean": "true or false", "array": "a list", "object": "a mapping (keys)",
           "null": "empty (null)"},
}

# The review workshop in the browser (`sipcheck workshop`).
WORKSHOP = {
    "sv": {
        "title": "Granskningsworkshop", "plans": "Planer", "resolve": "Avgör konflikter",
        "round": "Omgång", "plan": "Plan", "unit": "Enhet", "score": "Poäng",
        "decided": "Avgjorda", "open": "Öppna", "conflicts": "Konflikter",
        "mine": "Dina svar", "all_units": "Alla enheter", "all_criteria": "Alla kriterier",
        "criterion": "Kriterium", "filter": "Visa", "level": "Nivå", "state": "Läge",
        "reviewer": "Granskare", "change_reviewer": "Byt", "your_name": "Ditt namn",
        "name_needed": "Skriv ditt namn för att bedöma. Det sparas vid varje svar, som "
                       "--reviewer i sipcheck assess.",
        "start": "Börja", "statutory": "lagkrav", "definitions": "Nivåerna",
        "no_definitions": "Nivådefinitionerna finns inte i omgångsfilen; ange checklistan "
                          "med --checklist för att se dem.",
        "guidance": "Vägledning", "evidence": "Belägg", "no_evidence": "Inga belägg hittades.",
        "not_in_text": "finns inte i texten som den lästes nu",
        "whole_plan": "hela planen",
        "suggestion": "Förslag", "accept": "Godta förslaget", "keep": "Behåll ditt svar",
        "comment": "Kommentar (frivillig)", "comment_hint": "Skriv inga namn eller personnummer.",
        "answered": "Har svarat", "nobody": "Ingen har svarat än.",
        "hidden": "Syns när du har svarat.", "your_answer": "Ditt svar", "you": "du",
        "saved": "Sparat:", "masked": "Kommentaren innehöll personuppgifter; de sparades "
                                     "maskerade.",
        "previous": "Föregående", "next": "Nästa", "last": "Det här var den sista.",
        "keys": "Tangenter: 1–{count} väljer nivå · Enter godtar · ← → flyttar · Esc lämnar "
                "kommentaren",
        "no_file": "Planfilen hittades inte i mappen med planer: texten kan inte visas.",
        "not_read": "Planen kunde inte läsas",
        "status_open": "öppen", "status_confirmed": "bekräftad", "status_changed": "ändrad",
        "status_conflict": "konflikt", "status_resolved": "avgjord",
        "conflict_note": "Granskarna är oense; den automatiska nivån gäller tills konflikten "
                         "avgjorts.",
        "go_resolve": "Avgör",
        "no_conflicts": "Inga konflikter väntar.", "waiting": "Väntar på avgörande",
        "settled": "Avgjorda", "resolved_by": "avgjord av", "choose_final": "Välj slutlig nivå",
        "show_in_plan": "Visa i planen", "automatic": "automatisk",
        "refused": "Adressen saknar workshopens nyckel. Använd adressen som sipcheck workshop "
                   "skrev ut.",
        "error": "Det gick inte att spara", "back": "Tillbaka",
        "missing": "Omgången har ingen sådan plan eller inget sådant kriterium.",
        "not_found": "Hittades inte", "page": "Sida",
        "header": "Sidhuvud", "footer": "Sidfot", "textbox": "Textruta",
        "section_header": "Sidhuvud för delen",
        "plan_text": "Planens text", "judgement": "Bedömning",
        "of": "av", "judgements_decided": "bedömningar avgjorda",
    },
    "en": {
        "title": "Review workshop", "plans": "Plans", "resolve": "Settle conflicts",
        "round": "Round", "plan": "Plan", "unit": "Unit", "score": "Score",
        "decided": "Decided", "open": "Open", "conflicts": "Conflicts",
        "mine": "Your answers", "all_units": "All units", "all_criteria": "All criteria",
        "criterion": "Criterion", "filter": "Show", "level": "Level", "state": "State",
        "reviewer": "Reviewer", "change_reviewer": "Change", "your_name": "Your name",
        "name_needed": "Type your name to judge. It is saved with every answer, like "
                       "--reviewer in sipcheck assess.",
        "start": "Start", "statutory": "statutory", "definitions": "The levels",
        "no_definitions": "The level definitions are not in the round file; give the "
                          "checklist with --checklist to see them.",
        "guidance": "Guidance", "evidence": "Evidence", "no_evidence": "No evidence was found.",
        "not_in_text": "not in the text as read now",
        "whole_plan": "whole plan",
        "suggestion": "Suggestion", "accept": "Accept the suggestion", "keep": "Keep your answer",
        "comment": "Comment (optional)", "comment_hint": "Write no names or identity numbers.",
        "answered": "Answered", "nobody": "Nobody has answered yet.",
        "hidden": "Shown once you have answered.", "your_answer": "Your answer", "you": "you",
        "saved": "Saved:", "masked": "The comment held personal data; it was saved masked.",
        "previous": "Previous", "next": "Next", "last": "This was the last one.",
        "keys": "Keys: 1–{count} choose a level · Enter accepts · ← → move · Esc leaves the "
                "comment",
        "no_file": "The plan file was not found in the plans folder: its text cannot be shown.",
        "not_read": "The plan could not be read",
        "status_open": "open", "status_confirmed": "confirmed", "status_changed": "changed",
        "status_conflict": "conflict", "status_resolved": "resolved",
        "conflict_note": "The reviewers disagree; the automatic level holds until the conflict "
                         "is settled.",
        "go_resolve": "Settle",
        "no_conflicts": "No conflicts are waiting.", "waiting": "Waiting to be settled",
        "settled": "Settled", "resolved_by": "settled by", "choose_final": "Choose the final level",
        "show_in_plan": "Show in the plan", "automatic": "automatic",
        "refused": "The address lacks the workshop's key. Use the address sipcheck workshop "
                   "printed.",
        "error": "Could not be saved", "back": "Back",
        "missing": "The round has no such plan or criterion.", "not_found": "Not found",
        "page": "Page",
        "header": "Header", "footer": "Footer", "textbox": "Text box",
        "section_header": "The part's page header",
        "plan_text": "The plan's text", "judgement": "Judgement",
        "of": "of", "judgements_decided": "judgements decided",
    },
}
