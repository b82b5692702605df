"""The interactive assessment: an expert goes through a round's judgements one at a time.

Each step shows the criterion, its guidance, the evidence the review found, the suggested
level and where the plan is (`o` opens it in the system's viewer). In a workshop most
suggestions are right, so accepting is one key: Enter. Another level is its number, with a
comment after it on the same line if there is one to make ("3 frågorna saknas"); `k`
asks for a comment first; `r` accepts the suggestion for the rest of this plan. The 72
judgements of the example round take under 100 keys when the expert agrees with most.
Every answer is written to the round file at once (`rounds.update_round`: read afresh,
change, write atomically, under a lock), so Ctrl-C, a closed terminal or a crash loses at
most the answer being typed, and the next session starts at the first judgement this
reviewer has not answered.

While assessing, an expert sees the automatic suggestion but not other experts' answers:
agreement between experts (`sipcheck agreement`) is only worth measuring if they judged
independently. Settling a conflict (`resolving`) shows every answer.

Input and output are passed in (`ask` reads one line, `out` is a Rich console), so the
session runs the same in a terminal, through a pseudo-terminal in the tests, or in-process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text as RichText

from sipcheck import privacy
from sipcheck.experts import assessments
from sipcheck.experts.assessments import Answer
from sipcheck.experts.plan_viewer import open_in_viewer, plan_path
from sipcheck.rounds import load_round, unit_name, update_round
from sipcheck.scoring import reviewer_key
from sipcheck.text import SipcheckError, Text, in_lang
from sipcheck.text.evidence import distinct, quoted, where
from sipcheck.text.numbers import counted
from sipcheck.text.words import ASSESS, words

BACK = {"b", "back", "bakåt", "bakat", "t", "tillbaka"}
SKIP = {"h", "s", "skip", "hoppa", "hoppa över"}
QUIT = {"a", "q", "quit", "avsluta", "sluta"}
HELP = {"?", "hjälp", "help"}
COMMENT = {"k", "c", "kommentar", "comment"}
REST = {"r", "resten", "rest"}
OPEN = {"o", "öppna", "oppna", "open"}


@dataclass
class Outcome:
    answered: int  # judgements answered in this session
    remaining: int  # judgements this reviewer (or the resolver) has still not answered
    total: int
    interrupted: bool = False


class Session:
    def __init__(self, path: Path, reviewer: str, out: Console, ask: Callable[[str], str],
                 lang: str = "sv", plan: str | None = None, criterion: str | None = None,
                 again: bool = False, resolving: bool = False, plans: Path | None = None,
                 units: dict[str, str] | None = None) -> None:
        self.path, self.reviewer, self.out, self.ask = path, reviewer.strip(), out, ask
        self.lang, self.resolving = lang, resolving
        self.plans, self.units = plans, units or {}
        self.round = load_round(path)
        self.items = self._items(plan, criterion)
        self.again = again
        self.answered: set[tuple[str, str]] = set()

    # -- which judgements, and where to start

    def _items(self, plan: str | None, criterion: str | None) -> list[tuple[str, str]]:
        plans = assessments.scored_plans(self.round)
        if plan is not None and plan not in {p["id"] for p in plans}:
            raise SipcheckError(Text(f"{self.path}: planen «{plan}» finns inte bland omgångens "
                                     "lästa planer.",
                                     f"{self.path}: the plan '{plan}' is not among the round's "
                                     "readable plans."))
        known = [c["id"] for c in self.round["checklist"]["criteria"]]
        if criterion is not None and criterion not in known:
            raise SipcheckError(Text(f"okänt kriterium «{criterion}» (finns: {', '.join(known)}).",
                                     f"unknown criterion '{criterion}' (known: "
                                     f"{', '.join(known)})."))
        items = []
        for entry in plans:
            if plan is not None and entry["id"] != plan:
                continue
            for result in entry["criteria"]:
                if criterion is not None and result["id"] != criterion:
                    continue
                if self.resolving and assessments.status(result) != assessments.CONFLICT:
                    continue
                items.append((entry["id"], result["id"]))
        return items

    def _done(self, item: tuple[str, str]) -> bool:
        result = assessments.find_result(self.round, *item)
        if result is None:
            return True  # gone from a round reviewed again meanwhile: nothing to answer
        if self.resolving:
            return assessments.status(result) != assessments.CONFLICT
        return self._own(result) is not None

    def _own(self, result: dict) -> dict | None:
        return next((a for a in result.get("assessments", [])
                     if reviewer_key(a["reviewer"]) == reviewer_key(self.reviewer)), None)

    def remaining(self) -> int:
        return sum(1 for item in self.items if not self._done(item))

    # -- the loop

    def _next(self, after: int) -> int:
        """The next judgement to ask: every one with `again`, else the next unanswered."""
        for position in range(after + 1, len(self.items)):
            if self.again or not self._done(self.items[position]):
                return position
        return len(self.items)

    def run(self) -> Outcome:
        position = self._next(-1)
        self._welcome(position)
        visited: list[int] = []  # "back" returns along the way the expert came
        try:
            while position < len(self.items):
                step = self._step(position, bool(visited))
                if step == "quit":
                    break
                if step == "back":
                    position = visited.pop()
                    continue
                visited.append(position)
                if step == "rest":  # on to the next plan
                    plan = self.items[position][0]
                    while position < len(self.items) and self.items[position][0] == plan:
                        position += 1
                    position = self._next(position - 1)
                else:
                    position = self._next(position)
        except (KeyboardInterrupt, EOFError):
            self.out.print()
            return self._outcome(interrupted=True)
        return self._outcome()

    def _outcome(self, interrupted: bool = False) -> Outcome:
        return Outcome(len(self.answered), self.remaining(), len(self.items), interrupted)

    def _welcome(self, position: int) -> None:
        lang, total = self.lang, len(self.items)
        if not total:
            return
        if self.resolving:
            self.out.print(counted(total, Text("konflikt att avgöra.", "conflict to settle."),
                                   Text("konflikter att avgöra.", "conflicts to settle."), lang))
        elif position and not self.again:
            self.out.print(Text(f"Fortsätter där du slutade: {total - self.remaining()} av {total} "
                                f"är redan bedömda av {self.reviewer}.",
                                f"Resuming where you stopped: {total - self.remaining()} of "
                                f"{total} are already judged by {self.reviewer}.").pick(lang))
        self.out.print(self._keys())

    def _step(self, position: int, can_go_back: bool) -> str:
        """Shows one judgement and takes one answer: "next", "rest", "back" or "quit"."""
        item = self.items[position]
        result = assessments.find_result(self.round, *item)
        if result is None:
            return "next"
        self.out.print(self._view(position, item, result))
        default = self._default(result)
        comment = None  # None: keep an earlier comment; text: this comment
        while True:
            reply = self.ask(self._prompt(default)).strip()
            word = reply.casefold()
            if word in HELP:
                self.out.print(self._help())
                continue
            if word in QUIT:
                return "quit"
            if word in BACK:
                if not can_go_back:
                    self.out.print(Text("Det finns ingen tidigare att gå tillbaka till.",
                                        "There is no earlier one to go back to.").pick(self.lang))
                    continue
                return "back"
            if word in SKIP:
                return "next"
            if word in OPEN:
                self._open(item[0])
                continue
            if word in COMMENT:
                comment = self._comment(result)
                continue
            if word in REST and not self.resolving:
                self._accept_rest(position)
                return "rest"
            level, said = self._level_and_comment(reply, default)
            if level is None:
                self.out.print(self._unknown(reply, default))
                continue
            break
        if said:
            comment = said
        if comment is None:
            comment = "" if self.resolving else (self._own(result) or {}).get("comment", "")
        self._save([Answer(item[0], item[1], level, self.reviewer, comment)])
        return "next"

    def _level_and_comment(self, reply: str, default: str | None) -> tuple[str | None, str]:
        """(level, comment) from "", "2", "delvis uppfyllt" or "3 frågorna saknas"."""
        if not reply:
            return default, ""
        whole = assessments.level_id(self.round, reply)
        if whole is not None:
            return whole, ""
        first, _, rest = reply.partition(" ")
        return assessments.level_id(self.round, first), rest.strip()

    def _accept_rest(self, position: int) -> None:
        """This judgement and the plan's others still to answer, each at its suggestion (or
        the expert's earlier answer), saved together."""
        plan = self.items[position][0]
        answers = []
        for item in self.items[position:]:
            if item[0] != plan:
                break
            result = assessments.find_result(self.round, *item)
            if result is None or (not self.again and self._done(item)):
                continue
            own = self._own(result) or {}
            answers.append(Answer(item[0], item[1], self._default(result), self.reviewer,
                                  own.get("comment", "")))
        if answers:
            self._save(answers)
        self.out.print(RichText(Text(f"Resten av planen {plan}: {len(answers)} godtagna.",
                                     f"The rest of the plan {plan}: {len(answers)} accepted.")
                                .pick(self.lang), style="green"))

    def _open(self, plan_id: str) -> None:
        plan = next(p for p in self.round["plans"] if p["id"] == plan_id)
        path = plan_path(self.round, self.path, plan, self.plans)
        if path is None:
            self.out.print(RichText(self._not_found(plan), style="yellow"))
        elif open_in_viewer(path):
            self.out.print(Text(f"Öppnar {path}.", f"Opening {path}.").pick(self.lang))
        else:
            self.out.print(RichText(Text(f"Ingen visare att öppna den med här; öppna den själv: "
                                         f"{path}",
                                         f"No viewer to open it with here; open it yourself: "
                                         f"{path}").pick(self.lang), style="yellow"))

    def _not_found(self, plan: dict) -> str:
        return Text(f"{plan['file']} hittas inte här; ange mappen med planerna med --plans.",
                    f"{plan['file']} is not found here; give the plans' folder with "
                    "--plans.").pick(self.lang)

    def _default(self, result: dict) -> str | None:
        if self.resolving:
            return None
        own = self._own(result)
        return own["level"] if own else assessments.automatic_level(result)

    def _comment(self, result: dict) -> str:
        before = "" if self.resolving else (self._own(result) or {}).get("comment", "")
        if before:
            reply = self.ask(Text(f"Kommentar (Enter behåller «{before}», - tar bort): ",
                                  f"Comment (Enter keeps '{before}', - removes): ").pick(self.lang))
            return "" if reply.strip() == "-" else (reply.strip() or before)
        return self.ask(Text("Kommentar (Enter för ingen): ",
                             "Comment (Enter for none): ").pick(self.lang)).strip()

    def _save(self, answers: list[Answer]) -> None:
        self.round = update_round(self.path, lambda data: assessments.apply(
            data, answers, resolving=self.resolving, source=str(self.path)))
        self.answered.update((answer.plan, answer.criterion) for answer in answers)
        self.out.print(RichText(words(ASSESS, self.lang)["saved"], style="green"))
        if any(privacy.find(answer.comment) for answer in answers):
            self.out.print(RichText(Text("Kommentaren innehöll personuppgifter; de sparades "
                                         "maskerade.",
                                         "The comment held personal data; it was saved "
                                         "masked.").pick(self.lang),
                style="yellow"))

    # -- what is shown

    def _view(self, position: int, item: tuple[str, str], result: dict) -> Panel:
        lang, w = self.lang, words(ASSESS, self.lang)
        plan = next(p for p in self.round["plans"] if p["id"] == item[0])
        criterion = next(c for c in self.round["checklist"]["criteria"] if c["id"] == item[1])
        lines = []
        title = RichText(in_lang(criterion, "title", lang), style="bold")
        if criterion.get("statutory"):
            title.append("  " + w["statutory"], style="magenta")
        lines.append(title)
        guidance = (criterion.get("guidance_en") if lang == "en" else None) or \
            criterion.get("guidance")
        if guidance:
            lines.append(RichText(w["guidance"] + guidance,
                              style="italic"))
        lines.append(RichText(w["evidence"], style="bold"))
        for evidence in distinct(result["evidence"] or []):
            text = privacy.redact(evidence["text"], lang)
            lines.append(RichText(f"  • {where(evidence['where'], lang)}: {quoted(text)}"))
        if not result["evidence"]:
            lines.append(RichText("  " + w["no_evidence"], style="dim"))
        automatic = assessments.automatic_level(result)
        suggestion = RichText(w["suggestion"], style="bold")
        suggestion.append(self._level_text(automatic))
        suggestion.append(f" — {result['reason']}", style="dim")
        lines.append(suggestion)
        own = self._own(result)
        if own and not self.resolving:
            mine = RichText(w["your_answer"], style="bold")
            mine.append(self._level_text(own["level"]))
            if own["comment"]:
                mine.append(f" — {own['comment']}")
            lines.append(mine)
        if self.resolving:
            for answer in result.get("assessments", []):
                other = RichText(f"{answer['reviewer']}: ", style="bold")
                other.append(self._level_text(answer["level"]))
                if answer["comment"]:
                    other.append(f" — {privacy.redact(answer['comment'], lang)}")
                lines.append(other)
        lines.append(self._choices())
        found = plan_path(self.round, self.path, plan, self.plans)
        lines.append(RichText(Text(f"Fil: {found} (o öppnar den)", f"File: {found} (o opens it)")
                              .pick(lang) if found else self._not_found(plan), style="dim"))
        heading = Text(f"{position + 1} av {len(self.items)} · plan {item[0]}",
                       f"{position + 1} of {len(self.items)} · plan {item[0]}").pick(lang)
        if plan.get("unit"):
            heading += f" ({self.units.get(plan['unit']) or unit_name(self.round, plan['unit'])})"
        return Panel(Group(*lines), title=escape(privacy.redact(heading, lang)),
                     title_align="left")

    def _level_text(self, level: str) -> RichText:
        info = next((lv for lv in self.round["checklist"]["levels"] if lv["id"] == level), {})
        label = assessments.level_label(self.round, level, self.lang)
        return RichText(f"{info.get('symbol', '')} {label}".strip(), style=info.get("color") or "")

    def _choices(self) -> RichText:
        text = RichText(words(ASSESS, self.lang)["levels"])
        for number, level in enumerate(self.round["checklist"]["levels"], start=1):
            if number > 1:
                text.append(" · ")
            text.append(f"{number} ")
            text.append(self._level_text(level["id"]))
        return text

    def _prompt(self, default: str | None) -> str:
        if default is None:
            return words(ASSESS, self.lang)["level"]
        label = assessments.level_label(self.round, default, self.lang)
        return Text(f"Nivå (Enter = {label}): ", f"Level (Enter = {label}): ").pick(self.lang)

    def _unknown(self, reply: str, default: str | None) -> RichText:
        count = len(self.round["checklist"]["levels"])
        if not reply:
            return RichText(Text(f"Välj en nivå (1–{count}).",
                                 f"Choose a level (1–{count}).").pick(self.lang), style="yellow")
        return RichText(Text(f"Okänt svar «{reply}». Skriv en siffra 1–{count}, Enter för "
                             "förslaget eller ? för hjälp.",
                             f"Unknown answer '{reply}'. Type a number 1–{count}, Enter for the "
                             "suggestion or ? for help.").pick(self.lang), style="yellow")

    def _keys(self) -> str:
        return Text("Enter godtar förslaget · siffra väljer nivå (kommentar efter: 3 saknas) · "
                    "k kommentar · r godtar resten av planen · o öppnar planen · b bakåt · "
                    "h hoppa över · a avsluta · ? hjälp",
                    "Enter accepts the suggestion · a number picks a level (a comment after "
                    "it: 3 missing) · c comment · r accepts the rest of the plan · o opens the "
                    "plan · b back · s skip · q quit · ? help").pick(self.lang)

    def _help(self) -> RichText:
        return RichText(Text("Enter: godta förslaget (eller ditt tidigare svar), utan kommentar · "
                             "1, 2 …: välj nivå (också nivåns namn går bra), och skriv en "
                             "kommentar efter om du vill: «3 frågorna saknas» · k: skriv en "
                             "kommentar först · r: godta förslaget för resten av planen · o: öppna "
                             "planen · b: tillbaka till förra · h: hoppa över (frågas igen nästa "
                             "gång) · a: avsluta (allt du svarat är redan sparat; kör samma "
                             "kommando för att fortsätta).",
                             "Enter: accept the suggestion (or your earlier answer), without a "
                             "comment · 1, 2 …: choose a level (its name works too), with a "
                             "comment after it if you like: '3 the questions are missing' · c: "
                             "write a comment first · r: accept the suggestion for the rest of "
                             "the plan · o: open the plan · b: back to the previous one · s: skip "
                             "(asked again next time) · q: quit (every answer is already saved; "
                             "run the same command to go on).").pick(self.lang), style="cyan")
