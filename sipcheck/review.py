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

from sipcheck import __version__, privacy
from sipcheck.cache import REVIEWS, Store, document_key, review_key
from sipcheck.checklist.model import Checklist
from sipcheck.discover import PlanFile, discover
from sipcheck.documents import Document, read_document
from sipcheck.engine import assess
from sipcheck.parallel import map_ordered
from sipcheck.scoring import checklist_record, score_plan, summarise
from sipcheck.sections import find_sections
from sipcheck.text import Text

ROUND_FORMAT = "sipcheck-round/1"

Progress = Callable[[int, int, str], None]


def review_paths(paths: list[Path], checklist: Checklist, round_name: str | None = None,
                 lang: str = "sv", progress: Progress | None = None, jobs: int | None = 1,
                 cache: bool = False) -> dict:
    """Reviews every plan under `paths` and returns the round dictionary.

    `jobs` is the number of processes that read and assess plans, this one included (None:
    every core when there are enough plans to read; 1: this process alone; see
    `sipcheck.parallel`). With `cache`, documents and plan entries are reused from, and
    stored in, the user's cache directory (see `sipcheck.cache`); the round is the same
    either way. `progress(done, total, file)` is called as plans finish,
    in the order they finish; the plans in the round are always in `discover` order.
    """
    plan_files = discover(paths)
    total = len(plan_files)
    entries: list[dict | None] = [None] * total
    store = Store() if cache else None
    todo: list[PlanJob] = []
    for index, plan_file in enumerate(plan_files):
        job = PlanJob(index, plan_file)
        if store is not None:
            job = _cached(job, store, checklist, lang)
            if job.review_key:
                entries[index] = _entry_or_none(store.get(REVIEWS, job.review_key))
        if entries[index] is None:
            todo.append(job)
    done = total - len(todo)
    if progress:
        progress(done, total, "")

    def arrived(position: int, entry: dict) -> None:
        nonlocal done
        entries[todo[position].index] = entry
        done += 1
        if progress:
            progress(done, total, todo[position].plan_file.file)

    _STORES.clear()  # a cache folder removed since the last review is made again
    shared = (checklist, lang, str(store.root) if store is not None else None)
    map_ordered(review_file, todo, shared, jobs, arrived, cost=_size)
    if progress:
        progress(total, total, "")
    round_data = build_round(entries, checklist, round_name, lang)
    names = {plan_file.unit: privacy.redact(plan_file.unit_name, lang)
             for plan_file in plan_files if plan_file.unit and plan_file.unit_name}
    if names:  # as plans.csv names them, for every report made from the round
        round_data["unit_names"] = names
    return round_data


def review_document(document: Document, plan_file: PlanFile, checklist: Checklist,
                    lang: str = "sv") -> dict:
    """One plan's entry in the round file. Personal data found in the document is reported
    by kind and place, and masked in everything the entry quotes, names or shows."""
    found_pii = privacy.Scan(document)
    entry = {"id": privacy.redact(plan_file.id, lang),
             "file": privacy.redact(plan_file.file, lang), "unit": plan_file.unit,
             "date": plan_file.date, "format": document.format, "status": str(document.status),
             "problems": [], "score": None, "statutory_missing": [], "criteria": []}
    if not document.ok:
        entry["problems"].append(_problem(
            str(document.status), "error",
            Text(document.message or "", document.message_en or ""), lang))
        return entry
    for sv, en in document.warnings:
        entry["problems"].append(_problem("file.warning", "warning", Text(sv, en), lang))
    for finding in found_pii.findings:
        sv, en = privacy.KINDS[finding.kind]
        entry["problems"].append(_problem(
            finding.code, "error",
            Text(f"Planen innehåller en personuppgift ({sv}): anonymisera planen innan den "
                 "granskas eller delas. Uppgiften visas inte i någon rapport.",
                 f"The plan holds personal data ({en}): anonymise it before it is reviewed or "
                 "shared. The data is shown in no report."), lang, finding.location.to_dict()))
    plan = find_sections(document, checklist.vocabulary())
    results = assess(plan, checklist)
    found = plan.found_ids() & set(checklist.sections)
    if len(found) < checklist.min_sections:
        entry["problems"].append(_problem(
            "not_a_plan", "warning",
            Text(f"Bara {len(found)} av planens vanliga avsnitt hittades: dokumentet ser inte ut "
                 "att vara en SIP (kallelse, genomförandeplan, anteckningar?). Det bedöms ändå.",
                 f"Only {len(found)} of a plan's usual sections were found: the document does not "
                 "look like a SIP (an invitation, an implementation plan, notes?). It is scored "
                 "anyway."), lang))
    entry["criteria"] = [r.to_dict(lang) for r in results]
    for result in entry["criteria"]:
        for item in result["evidence"]:
            item["text"] = found_pii.redact(item["text"], lang)
    return score_plan(entry, _record(checklist), lang)


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
    key = document_key(job.plan_file.path)
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


def review_file(job: PlanJob, checklist: Checklist, lang: str, cache_root: str | None) -> dict:
    """One plan's round entry: the Document from the cache or the reader, then
    `review_document`. Runs in a worker process or in this one.

    Both the Document and the entry are stored only when the file still has the bytes it
    was keyed by, so a file changed while it was read is never cached under the old key."""
    store = _store(cache_root) if cache_root and job.document_key else None
    document = store.get_document(job.document_key, job.plan_file.path) if store else None
    fresh = document is None
    if fresh:
        document = read_document(job.plan_file.path)
    entry = review_document(document, job.plan_file, checklist, lang)
    if store is not None and document_key(job.plan_file.path) == job.document_key:
        if fresh:
            store.put_document(job.document_key, document)
        store.put(REVIEWS, job.review_key, entry)
    return entry


def _problem(code: str, severity: str, message: Text, lang: str,
             where: dict | None = None) -> dict:
    return {"code": code, "severity": severity, "message": message.pick(lang),
            "where": where or {}}


def build_round(plans: list[dict], checklist: Checklist, round_name: str | None,
                lang: str = "sv") -> dict:
    record = copy.deepcopy(_record(checklist))
    return {
        "format": ROUND_FORMAT,
        "tool": {"name": "sipcheck", "version": __version__},
        "round": {"name": round_name,
                  "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
                  "lang": lang},
        "checklist": record,
        "plans": plans,
        "summary": summarise(plans, record),
    }


_RECORDS: dict[str, dict] = {}


def _record(checklist: Checklist) -> dict:
    """The checklist's round-file section, made once per checklist (its sha256 covers the
    merged content). Callers that keep it must copy it."""
    if checklist.sha256 not in _RECORDS:
        _RECORDS[checklist.sha256] = checklist_record(checklist)
    return _RECORDS[checklist.sha256]
