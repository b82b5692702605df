"""A review round: read every plan, find its sections, assess it, summarise.

The result is the round dictionary (format `sipcheck-round/1`), the one canonical record
that `--format json` prints, `--save` stores, and every later report reads. A plan that
cannot be read is listed with its status and message, never scored, and never stops the
review of the others.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sipcheck import __version__
from sipcheck.budget import MAX_TEXT_CHARACTERS, TOO_LARGE, Budget, OverBudget, bounded
from sipcheck.budget import message as budget_message
from sipcheck.cache import REVIEWS, Store, document_key, review_key
from sipcheck.checklist.model import Checklist
from sipcheck.discover import PlanFile, discover
from sipcheck.documents import Document, Status, read_document
from sipcheck.documents.model import failed
from sipcheck.plan_entries import PlanEntries
from sipcheck.scoring import checklist_record, score_plan, summarise, summary_view
from sipcheck.text import Text

if TYPE_CHECKING:
    from sipcheck.plan import Plan
    from sipcheck.privacy import Finding

# Finding personal data, sections and levels (`privacy`, `sections`, `engine`, `rules`)
# and the process pool (`parallel`) are imported where plans are reviewed, not here: a warm
# review takes every plan's entry from the cache and needs none of them (the readers are
# imported when first used).

ROUND_FORMAT = "sipcheck-round/1"
HEADING_QUOTE = 80  # a heading named beside evidence is cut at this many characters
# A title is short: a line of more words that ends in a full stop is a sentence of running
# text ("Orosanmälan inkommen 2025-02-06 från rektor … ." opening a journal's first entry)
TITLE_WORDS = 12

Progress = Callable[[int, int, str], None]


def review_paths(paths: list[Path], checklist: Checklist, round_name: str | None = None,
                 lang: str = "sv", progress: Progress | None = None, jobs: int | None = 1,
                 cache: bool = False, packed_from: int | None = None) -> dict:
    """Reviews every plan under `paths` and returns the round dictionary.

    `jobs` is the number of processes that read and assess plans, this one included (None:
    every core when there are enough plans to read; 1: this process alone; see
    `sipcheck.parallel`). With `cache`, documents and plan entries are reused from, and
    stored in, the user's cache directory (see `sipcheck.cache`); the round is the same
    either way. `progress(done, total, file)` is called as plans finish,
    in the order they finish; the plans in the round are always in `discover` order.
    From `packed_from` plans on, the round's plans are a `PlanEntries`, read one at a
    time, and memory does not grow with the number of plans (the review command; the
    round is the same; packing costs a little time, which a few hundred plans' memory
    does not need).
    """
    plan_files = discover(paths)
    total = len(plan_files)
    packed = packed_from is not None and total >= packed_from
    entries: list[dict | None] | PlanEntries = PlanEntries(total) if packed else [None] * total
    views: list | None = [] if packed else None  # (index, what the summary reads)
    results_once: dict = {}  # see `summary_view`
    store = Store() if cache else None
    todo: list[PlanJob] = []
    for index, plan_file in enumerate(plan_files):
        job = PlanJob(index, plan_file)
        entry = None
        if store is not None:
            job = _cached(job, store, checklist, lang)
            if job.review_key:
                entry = _entry_or_none(store.get(REVIEWS, job.review_key))
        if entry is None:
            todo.append(job)
            continue
        entries[index] = entry
        if views is not None:
            views.append((index, summary_view(entry, results_once)))
    done = total - len(todo)
    if progress:
        progress(done, total, "")

    def arrived(position: int, entry: dict) -> None:
        nonlocal done
        entries[todo[position].index] = entry
        if views is not None:
            views.append((todo[position].index, summary_view(entry, results_once)))
        done += 1
        if progress:
            progress(done, total, todo[position].plan_file.file)

    _STORES.clear()  # a cache folder removed since the last review is made again
    shared = (checklist, lang, str(store.root) if store is not None else None,
              Budget.from_environment())
    if todo:  # a warm review has nothing to read: no process pool to import
        from sipcheck.parallel import map_ordered

        map_ordered(review_file, todo, shared, jobs, arrived, cost=_size, keep=False)
    if progress:
        progress(total, total, "")
    round_data = build_round(entries, checklist, round_name, lang, None if views is None else
                             [view for _, view in sorted(views, key=lambda pair: pair[0])])
    names = {plan_file.unit: plan_file.unit_name
             for plan_file in plan_files if plan_file.unit and plan_file.unit_name}
    if names:  # as plans.csv names them, for every report made from the round
        from sipcheck import privacy

        round_data["unit_names"] = {unit: privacy.redact(name, lang)
                                    for unit, name in names.items()}
    return round_data


def review_document(document: Document, plan_file: PlanFile, checklist: Checklist,
                    lang: str = "sv", findings: list[Finding] | None = None) -> dict:
    """One plan's entry in the round file. Personal data found in the document is reported
    by kind and place, and masked in the document the review reads, so nothing the entry
    quotes, names or shows holds it. With `findings`, `document` is already masked (from
    the cache) and these are its findings."""
    from sipcheck import privacy
    from sipcheck.engine import assess
    from sipcheck.rules.base import quote
    from sipcheck.sections import find_sections

    if findings is None:
        found = privacy.Scan(document)
        document, findings = found.masked(document), found.findings
    entry = {"id": privacy.redact_name(plan_file.id, lang),
             "file": privacy.redact_name(plan_file.file, lang),
             "unit": privacy.redact_name(plan_file.unit, lang),
             "date": plan_file.date, "format": document.format, "status": str(document.status),
             "problems": [], "score": None, "statutory_missing": [], "criteria": []}
    if not document.ok:
        entry["problems"].append(_problem(
            str(document.status), "error",
            Text(privacy.redact(document.message or ""),
                 privacy.redact(document.message_en or "", "en")), lang))
        return entry
    for sv, en in document.warnings:
        entry["problems"].append(_problem("file.warning", "warning", Text(sv, en), lang))
    for finding in findings:
        entry["problems"].append(_problem(finding.code, "error", _pii_message(finding), lang,
                                          finding.location.to_dict()))
    plan = find_sections(document, checklist.vocabulary())
    results = assess(plan, checklist)
    entry["problems"] += _not_a_plan(plan, checklist, lang)
    entry["criteria"] = [r.to_dict(lang) for r in results]
    for result, assessed in zip(entry["criteria"], results, strict=True):
        for item, evidence in zip(result["evidence"], assessed.evidence, strict=True):
            item["text"] = privacy.redact(item["text"], lang)  # masks shown in `lang`
            heading = plan.heading_at(evidence.location)
            if heading:
                item["where"]["under"] = privacy.redact(quote(heading, HEADING_QUOTE), lang)
    return score_plan(entry, _record(checklist), lang)


def _not_a_plan(plan, checklist: Checklist, lang: str) -> list[dict]:
    """The `not_a_plan` warning: the document's opening names another kind of document
    (a notice, a unit's own care plan), or too few of a plan's sections were found, the
    opening does not call it a plan, and none of the sections only a plan has (its
    interventions, who leads it) says anything."""
    from sipcheck import privacy
    from sipcheck.rules.base import any_match, quote

    other = next((line for line in _titles_before_its_own(plan, checklist)
                  if any_match(checklist.other_documents, line)
                  and not (len(line.split()) > TITLE_WORDS and line.rstrip().endswith("."))),
                 None)
    if other is not None:
        title = privacy.redact(quote(other, HEADING_QUOTE), lang)
        return [_problem(
            "not_a_plan", "warning",
            Text(f"Dokumentet börjar ”{title}”: det ser ut att vara ett annat slags dokument "
                 "än en SIP (kallelse, genomförandeplan?). Det bedöms ändå.",
                 f"The document opens “{title}”: it looks like another kind of document "
                 "than a SIP (an invitation, an implementation plan?). It is scored anyway."),
            lang)]
    found = plan.found_ids() & set(checklist.sections)
    calls_itself_a_plan = any(any_match(checklist.plan_titles, line)
                              for line in plan.opening_lines())
    if len(found) < checklist.min_sections and not calls_itself_a_plan and \
            not plan.value_lines(checklist.core_sections):
        return [_problem(
            "not_a_plan", "warning",
            Text(f"Bara {len(found)} av planens vanliga avsnitt hittades: dokumentet ser inte "
                 "ut att vara en SIP (kallelse, genomförandeplan, anteckningar?). Det bedöms ändå.",
                 f"Only {len(found)} of a plan's usual sections were found: the document does "
                 "not look like a SIP (an invitation, an implementation plan, notes?). It is "
                 "scored anyway."), lang)]
    return []


def _titles_before_its_own(plan: Plan, checklist: Checklist) -> list[str]:
    """The first page's header and the opening lines up to and with the first that calls the
    document a SIP: after "Minnesanteckningar SIP-möte – Tim" an "Agenda" is a part of the
    minutes, not what the document is. A header that names SIP names the form or the
    system ("Blankett SIP 2"), and the title below it still says what the document is."""
    from sipcheck.rules.base import any_match

    lines = [*plan.first_header()]  # a printed header first
    for line in plan.opening_lines():
        lines.append(line)
        if any_match(checklist.plan_titles, line):
            break
    return lines


def _pii_message(finding: Finding) -> Text:
    """What was found and where (the place matters most for the parts nobody sees when
    reading the plan: "namn; kommentar", "personnummer; dokumentegenskaper")."""
    from sipcheck import privacy

    sv, en = privacy.KINDS[finding.kind]
    place_sv, place_en = (finding.location.describe(lang) for lang in ("sv", "en"))
    if place_sv:
        sv, en = f"{sv}; {place_sv}", f"{en}; {place_en}"
    if finding.probable:
        return Text(f"Planen innehåller troligen en personuppgift ({sv} med fel kontrollsiffra): "
                    "anonymisera planen innan den granskas eller delas. Uppgiften visas inte i "
                    "någon rapport.",
                    f"The plan probably holds personal data (a {en} with a wrong check digit): "
                    "anonymise it before it is reviewed or shared. The data is shown in no "
                    "report.")
    return Text(f"Planen innehåller en personuppgift ({sv}): anonymisera planen innan den "
                "granskas eller delas. Uppgiften visas inte i någon rapport.",
                f"The plan holds personal data ({en}): anonymise it before it is reviewed or "
                "shared. The data is shown in no report.")


@dataclass(frozen=True)
class PlanJob:
    """One plan to review, with its cache keys when the cache is on (see `sipcheck.cache`)."""

    index: int
    plan_file: PlanFile
    document_key: str | None = None
    review_key: str | None = None


def _cached(job: PlanJob, store: Store, checklist: Checklist, lang: str) -> PlanJob:
    """The job with its cache keys, or unchanged when the file cannot be read (then the
    reader reports why, and nothing is cached)."""
    key = document_key(job.plan_file.path) if job.plan_file.refused is None else None
    if key is None:
        return job
    return replace(job, document_key=key,
                   review_key=review_key(key, checklist.sha256, lang, job.plan_file))


def _size(job: PlanJob) -> int:
    """The work a plan will take, roughly: its size in bytes."""
    try:
        return job.plan_file.path.stat().st_size
    except OSError:
        return 0


_STORES: dict[str, Store] = {}


def _store(root: str) -> Store:
    """One Store per cache folder and process, so it remembers the folders it made."""
    if root not in _STORES:
        _STORES[root] = Store(Path(root))
    return _STORES[root]


def _entry_or_none(data) -> dict | None:
    """A cached entry that has the shape of one, else None (a miss)."""
    if isinstance(data, dict) and {"id", "status", "problems", "score", "criteria"} <= set(data):
        return data
    return None


def review_file(job: PlanJob, checklist: Checklist, lang: str, cache_root: str | None,
                budget: Budget | None = None) -> dict:
    """One plan's round entry: the Document from the cache or the reader, then
    `review_document`, within the document's time and memory budget (`sipcheck.budget`).
    Runs in a worker process or in this one.

    Both the Document and the entry are stored only when the file still has the bytes it
    was keyed by, so a file changed while it was read is never cached under the old key;
    a document over its budget is never cached (the next run may have more time)."""
    from sipcheck import privacy
    from sipcheck.rules.base import PatternTimeout

    budget = budget or Budget()
    if job.plan_file.refused:  # a folder that cannot be listed, a link out of the folder
        return review_document(failed(job.plan_file.path, _format(job.plan_file),
                                      *job.plan_file.refused), job.plan_file, checklist, lang)
    store = _store(cache_root) if cache_root and job.document_key else None
    try:
        with bounded(budget):
            cached = store.get_document(job.document_key, job.plan_file.path) if store else None
            if cached is None:
                document = read_document(job.plan_file.path)
                if document.ok and sum(len(b.text) for b in document.blocks) > \
                        MAX_TEXT_CHARACTERS:
                    raise OverBudget(TOO_LARGE)
                found = privacy.Scan(document)
                document, findings = found.masked(document), found.findings
            else:
                document, findings = cached[0], [privacy.Finding.from_dict(f) for f in cached[1]]
            entry = review_document(document, job.plan_file, checklist, lang, findings)
    except OverBudget as over:
        return review_document(_over_budget(job.plan_file, over.status, budget), job.plan_file,
                               checklist, lang)
    except PatternTimeout as slow:
        return review_document(_slow_pattern(job.plan_file, slow.pattern), job.plan_file,
                               checklist, lang)
    if store is not None and document_key(job.plan_file.path) == job.document_key:
        if cached is None:  # only masked text is kept: see `sipcheck.cache`
            store.put_document(job.document_key, document, [f.to_dict() for f in findings])
        store.put(REVIEWS, job.review_key, entry)
    return entry


def _format(plan_file: PlanFile) -> str:
    return plan_file.path.suffix.lower().lstrip(".")


def _over_budget(plan_file: PlanFile, status: str, budget: Budget) -> Document:
    sv, en = budget_message(status, budget)
    return failed(plan_file.path, _format(plan_file), sv, en, Status(status))


def _slow_pattern(plan_file: PlanFile, pattern: str) -> Document:
    from sipcheck.rules.base import PATTERN_SECONDS

    return failed(
        plan_file.path, _format(plan_file),
        f"Checklistans reguljära uttryck «{pattern}» tog mer än {PATTERN_SECONDS:g} s på en rad i "
        "planen, och planen hoppades över. Skriv om uttrycket (sipcheck checklist validate "
        "visar hur).",
        f"The checklist's regular expression '{pattern}' took more than {PATTERN_SECONDS:g} s on "
        "one line of the plan, and the plan was skipped. Rewrite the expression (sipcheck "
        "checklist validate shows how).", Status.TIMEOUT)


def _problem(code: str, severity: str, message: Text, lang: str,
             where: dict | None = None) -> dict:
    return {"code": code, "severity": severity, "message": message.pick(lang),
            "where": where or {}}


def build_round(plans: list[dict] | PlanEntries, checklist: Checklist,
                round_name: str | None, lang: str = "sv",
                views: list[dict] | None = None) -> dict:
    """The round: `plans` and their summary (from `views`, `scoring.summary_view` of each
    plan in order, when the plans are packed)."""
    record = copy.deepcopy(_record(checklist))
    return {
        "format": ROUND_FORMAT,
        "tool": {"name": "sipcheck", "version": __version__},
        "round": {"name": round_name,
                  "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
                  "lang": lang},
        "checklist": record,
        "plans": plans,
        "summary": summarise(plans if views is None else views, record),
    }


_RECORDS: dict[str, dict] = {}


def _record(checklist: Checklist) -> dict:
    """The checklist's round-file section, made once per checklist (its sha256 covers the
    merged content). Callers that keep it must copy it."""
    if checklist.sha256 not in _RECORDS:
        _RECORDS[checklist.sha256] = checklist_record(checklist)
    return _RECORDS[checklist.sha256]
