"""The command line's help in English, for `--lang en` (and SIPCHECK_LANG=en).

The Swedish help is written where each command and option is declared; the English is
here, by command (as typed after `sipcheck`) and parameter name, with the options every
command shares under "*". A test holds this table to the commands: every command and
parameter has its English, and nothing here is left over. Names in capitals (FIL, NAMN)
are the placeholders of the usage lines and the help, in `METAVARS`.
"""

from __future__ import annotations

SHARED = {
    "lang": "Output language: sv or en (default: the project's lang, else sv).",
    "output": "Write the report to a file (atomically). The format follows the file's "
              "suffix when --format is not given.",
    "force": "Overwrite an existing file.",
}

COMMANDS: dict[str, dict[str, str]] = {
    "": {"": "Quality review of coordinated individual plans (SIP) against a checklist.",
         "version": "Show the version and exit."},
    "review": {
        "": "Review plans against a checklist and show the result.\n\nExit code 0: done; 1: a "
            "plan below --fail-under or with personal data; 2: a usage or checklist error, or "
            "a document could not be read (the others are reviewed anyway).",
        "paths": "Folders or files of plans (.docx, .pdf, .md, .txt). The first sub-folder is "
                 "the unit.",
        "checklist": "A bundled checklist or the path of a .yaml file (default: the "
                     "project's checklist, else kvalitetskollen).",
        "output_format": "Output: table, json, csv or markdown.",
        "details": "Show the level, the evidence with its place and the reason per criterion.",
        "save": "Save the round as a JSON file (the round file); a name alone goes into the "
                "project's round folder.",
        "force": "Overwrite an existing file with --save.",
        "round_name": "The round's name, e.g. 2024-09.",
        "fail_under": "Exit with code 1 when a plan scores lower (per cent).",
        "jobs": "Processes reading plans at once (default: every core; 1: one at a time).",
        "no_cache": "Read every file again: neither use nor fill the cache.",
    },
    "agreement": {
        "": "Agreement between the automatic review and the experts.\n\nPer criterion and for "
            "the whole round: the share of equal judgements and Cohen's κ (quadratic weights) "
            "between the automatic review and each reviewer and between reviewers; for all "
            "reviewers together Krippendorff's α and, with three or more, Fleiss' κ. Last, the "
            "judgements the reviewers disagreed on, with comments. Judge first with sipcheck "
            "assess.",
        "round_file": "A round file (sipcheck-round/1) with the experts' judgements.",
        "output_format": "table (default), markdown, html, docx, csv or json.",
    },
    "assess": {
        "": "Confirm or change the automatic review's levels, one judgement at a time.\n\n"
            "Shows the criterion, the guidance, the evidence, the suggestion and where the plan "
            "is; Enter accepts the suggestion, a digit chooses another level (a comment may "
            "follow it), c adds a comment, r accepts the rest of the plan, o opens the plan. "
            "Every answer is saved at once, so "
            "an interruption (Ctrl-C) loses nothing: run the same command to go on where you "
            "stopped. Reviewers who disagree make the criterion a conflict until someone "
            "settles it with --resolve.",
        "round_file": "The round file (from sipcheck review --save). Every answer is saved in "
                      "it at once.",
        "reviewer": "Your name as a reviewer. Needed to judge and to settle; with --import it "
                    "fills empty reviewer cells.",
        "import_file": "Read judgements from a filled-in .csv or .yaml file (plan, criterion, "
                       "level, reviewer, comment). All or nothing is read.",
        "export_file": "Write a form to fill in by hand (.csv for Excel or .yaml), with the "
                       "suggestions and your earlier answers.",
        "resolve": "Settle conflicts where reviewers disagree (interactively, or with --import "
                   "of a file of resolutions).",
        "plan": "Judge only this plan (plan id).",
        "criterion": "Judge only this criterion (id).",
        "revisit": "Go through every judgement from the start, also those you have answered.",
        "show_status": "Show how far the reviewers have come and how many conflicts wait.",
        "plans_folder": "The folder of the plans, when it is not the one reviewed (for o: "
                        "open the plan).",
        "force": "Overwrite an existing file with --export.",
    },
    "compare": {
        "": "Compare review rounds (oldest first) per criterion, unit and plan.\n\nThe share at "
            "each level per round with Wilson 95% intervals, the change in percentage points "
            "and exploratory p-values (McNemar when the same plans were reviewed in both "
            "rounds, Fisher otherwise). Mean score and the share meeting every statutory "
            "criterion.",
        "rounds": "Round files (sipcheck-round/1), or their names in the project's round "
                  "folder; none: every round in that folder.",
        "output_format": "table (default), markdown, html, docx, csv or json.",
        "by": "Show each unit (municipality/clinic) on its own too: --by unit.",
        "unpaired": "Treat the rounds as independent samples (Fisher) even when plan ids "
                    "recur, e.g. when new plans got the same file names.",
        "keep_order": "Compare the rounds in the order given, not in date order.",
    },
    "trend": {
        "": "The development over many rounds, as a table and line charts.\n\nThe share "
            "fulfilling each criterion per round, with Wilson 95% intervals.",
        "rounds": "Round files (sipcheck-round/1), or their names in the project's round "
                  "folder; none: every round in that folder.",
        "output_format": "table (default), markdown, html, docx, png, csv or json.",
        "unpaired": "Treat the rounds as independent samples (Fisher) even when plan ids "
                    "recur, e.g. when new plans got the same file names.",
        "keep_order": "Compare the rounds in the order given, not in date order.",
    },
    "workshop": {
        "": "The review workshop in the browser: the plan beside the evidence, one judgement at "
            "a time.\n\nStarts a web page on this computer (127.0.0.1, a free port, a random "
            "key in the address) and opens the browser. Every answer is saved in the round "
            "file at once, as with sipcheck assess, so the terminal and the browser can be used "
            "together. Ctrl-C stops it.",
        "round_file": "The round file (from sipcheck review --save). Every answer is saved in it "
                      "at once.",
        "plans": "The folder of the plans the round was reviewed from; their text is shown "
                 "beside the judgement.",
        "reviewer": "Your name as a reviewer (can be changed on the page).",
        "checklist": "The checklist the round was reviewed with (bundled or .yaml), for the "
                     "level definitions; default: the bundled one when it is the same.",
        "host": "Listen on another address than 127.0.0.1. Other computers can then reach the "
                "page: only do it in a network you trust.",
        "port": "The port (default: a free one).",
        "no_browser": "Do not open the browser; only print the address.",
    },
    "anonymize": {
        "": "Make anonymised copies of plans before a review.\n\nPersonal data is replaced by "
            "placeholders (\"[namn 1]\", \"[personnummer 1]\"); from a .docx comments, "
            "tracked changes, pictures and document properties are removed, a PDF is written "
            "as a Word document. Every copy is searched again. Exit code 0: done; 1: something "
            "is left in a copy; 2: a usage error, or a plan could not be anonymised (the others "
            "are done anyway).",
        "sources": "Folders or files of plans (.docx, .pdf, .md, .txt).",
        "out": "The folder the anonymised copies are written to (the same relative paths).",
        "name": "The person's name, e.g. \"Karin Lindqvist\": replaced everywhere, also the "
                "first name alone, in the genitive and as initials. May be given several times.",
        "dry_run": "Write nothing: show what would be replaced (kind, count, place).",
    },
    "sample": {
        "": "Draw plans for a review round, at random per unit and reproducibly.\n\nExit code "
            "0: done; 1: a drawn plan holds personal data (nothing was written); 2: a usage "
            "error, too few plans or a plan that cannot be read.",
        "pool": "The folder of all anonymised plans to draw from (a sub-folder per unit, or a "
                "plans.csv).",
        "out": "The round's folder (new or empty).",
        "per_unit": "Plans per unit.",
        "total": "Plans in all, spread evenly over the units.",
        "seed": "The seed that decides the draw: the same seed gives the same plans (without "
                "a seed one is chosen and shown).",
        "exclude": "A round file (JSON) whose plans are not drawn again. May be given several "
                   "times.",
        "link": "Link to the plans in the pool instead of copying them.",
    },
    "feedback": {
        "": "Feedback to the team that wrote a plan: level, evidence, the experts' comments and "
            "the checklist's advice per criterion, what can improve first.\n\nShows only that "
            "plan: no other plan's results and no summary of the round. Personal data is "
            "masked in all text. With --all, one document per plan and an index.",
        "round_file": "The round file (sipcheck-round/1) the plan was reviewed in.",
        "plan": "The plan's id in the round, e.g. arboga/sip-01 (one plan per run).",
        "every_plan": "Feedback for every plan of the round, one file each, in the folder "
                      "given with --output, with an index.",
        "output_format": "table (default), markdown, html or docx.",
        "output": "Write the feedback to a file (atomically), or with --all to a folder. The "
                  "format follows the file's suffix when --format is not given.",
    },
    "scan": {
        "": "Look for personal data (personal identity numbers, phone, e-mail, address, names) "
            "in plans.\n\nShows where, never what. Exit code 0: none found; 1: personal data "
            "found; 2: a document could not be read (the others are searched anyway).",
        "paths": "Folders or files of plans.",
    },
    "config": {
        "": "Show the settings in force here and where each came from.\n\nA project's settings "
            "are in sipcheck.toml (or under [tool.sipcheck] in pyproject.toml) in this folder "
            "or a folder above: checklist, lang, rounds and the units' names under [units].",
    },
    "checklist": {
        "": "Checklists: list, show, validate, test and start; the JSON Schema and the check "
            "kinds.",
    },
    "checklist list": {"": "Show the bundled checklists."},
    "checklist show": {
        "": "Show a checklist: criteria, level definitions, weights, statutory criteria and "
            "advice.",
        "checklist": "A bundled checklist (e.g. kvalitetskollen) or a checklist file (.yaml).",
        "output_format": "table (for the screen) or markdown (to hand out).",
    },
    "checklist kinds": {
        "": "Show the check kinds rules can use, with every option.",
        "kind": "A check kind, e.g. date.",
    },
    "checklist schema": {"": "Print the checklists' JSON Schema (for editors and CI)."},
    "checklist validate": {
        "": "Validate checklists, with what they extend.\n\nExit code 0 when all are valid, "
            "else 2; every problem as file:line:column: message.",
        "files": "Bundled checklists (e.g. kvalitetskollen) or checklist files (.yaml).",
        "output_format": "text: file:line:column: message (default); github: GitHub Actions "
                         "annotations; json: one JSON document for other tools.",
        "quiet": "Show only the problems, one line each. So it is too when the output does not "
                 "go to a terminal (CI, a file).",
    },
    "checklist test": {
        "": "Run the checklists' examples through the review and show which get the right "
            "level.\n\nExit code 0 when all do, 1 when an example gets a wrong level, 2 when a "
            "checklist is invalid. Without a terminal (in CI) or with --quiet: only those "
            "that get a wrong level, one line each.",
        "files": "Bundled checklists (e.g. kvalitetskollen) or checklist files (.yaml).",
        "output_format": "text: file:line:column: message (default); github: GitHub Actions "
                         "annotations; json: one JSON document for other tools.",
        "quiet": "Show only the failing examples, one line each. So it is too when the output "
                 "does not go to a terminal (CI, a file).",
    },
    "checklist init": {
        "": "Start a checklist of your own that extends a bundled one.\n\nWith commented "
            "examples of everything that can change.",
        "file": "The new checklist file (.yaml).",
        "extends": "The bundled checklist the new one extends.",
    },
}

# The placeholders of the help and the usage lines, Swedish to English.
METAVARS = {"PLANER...": "PLANS...", "OMGÅNG": "ROUND", "OMGÅNGAR...": "ROUNDS...",
            "CHECKLISTA": "CHECKLIST", "CHECKLISTA...": "CHECKLIST...", "FIL": "FILE",
            "NAMN": "NAME", "PROCENT": "PERCENT", "N": "N", "ID": "ID", "TYP": "KIND",
            "MAPP": "FOLDER", "FIL|MAPP": "FILE|FOLDER", "ADRESS": "ADDRESS", "PORT": "PORT",
            "FRÖ": "SEED"}


def english(command: str, name: str) -> str | None:
    """The English help of a command ("" for its own) or one of its parameters."""
    own = COMMANDS.get(command, {})
    if name in own:
        return own[name]
    return SHARED.get(name) if name else None
