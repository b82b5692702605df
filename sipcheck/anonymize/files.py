"""Anonymising a folder of plans, file by file, and checking every copy afterwards.

Each plan is read as a review reads it and scanned (`privacy.Scan`); what the scan finds
anywhere in it, and the `--name` forms, are replaced in a copy of the same kind (a PDF
becomes a Word document, see `pdf_copy`). The copy is then read and scanned again, as
`sipcheck scan` would, and searched part by part (for a .docx every XML part, not only the
text a reader shows). What the second scan finds is learnt and the copy made once more;
anything still found is reported, never hidden. Originals are only read.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sipcheck import privacy
from sipcheck.anonymize import docx_package, pdf_copy, places, plain_text
from sipcheck.anonymize.docx_package import Cleaned
from sipcheck.anonymize.paths import anonymous_name
from sipcheck.anonymize.replacer import Replacer, by_kind
from sipcheck.discover import PlanFile
from sipcheck.documents import Document, read_document
from sipcheck.rounds import write_bytes_atomic
from sipcheck.text import SipcheckError, Text

PDF_NOTE = Text("textkopia i Word: en PDF:s text kan inte ändras säkert",
                "a text copy in Word: a PDF's text cannot be safely edited")

_SUFFIXES = {"docx": ".docx", "pdf": ".docx"}


@dataclass
class Outcome:
    """What happened to one plan. Only kinds, counts and places: never a value."""

    source: str  # the plan's path in the source folder, its personal data replaced
    target: str  # the copy's path in the output folder
    format: str = ""
    replaced: Counter = field(default_factory=Counter)  # (kind, place) -> count
    cleaned: Cleaned = field(default_factory=Cleaned)
    remaining: list[tuple[str, Text]] = field(default_factory=list)  # (kind, place)
    problem: Text | None = None
    note: Text | None = None

    @property
    def kinds(self) -> Counter:
        return by_kind(self.replaced)


def anonymize_plan(plan: PlanFile, relative: str, target: Path, persons: list[str],
                   dry_run: bool = False, force: bool = False) -> Outcome:
    """Anonymises one plan into `target`; with `dry_run`, only says what it would do."""
    outcome = Outcome(anonymous_name(plan.file, persons), relative)
    document = read_document(plan.path)
    outcome.format = document.format
    if not document.ok:
        outcome.problem = Text(document.message or "", document.message_en or "")
        return outcome
    suffix = _SUFFIXES.get(document.format, target.suffix)  # a .pdf that is really a .docx
    outcome.target = relative[:len(relative) - len(target.suffix)] + suffix
    target = target.with_suffix(suffix)
    replacer = Replacer(privacy.Scan(document).values, persons)
    try:
        data = _copy(plan.path, document, replacer, outcome)
        if dry_run:
            remaining = _leftovers(document.format, data, replacer)
        else:
            remaining = _write_and_check(target, data, plan.path, document, replacer, outcome,
                                         force)
    except SipcheckError as exc:
        outcome.problem = exc.said
        return outcome
    except OSError as exc:
        outcome.problem = Text(f"Kopian kunde inte skrivas ({exc.strerror or exc}).",
                               f"The copy could not be written ({exc.strerror or exc}).")
        return outcome
    except Exception as exc:  # one odd file must not stop the others
        if os.environ.get("SIPCHECK_DEBUG"):
            raise
        outcome.problem = Text(
            f"Kopian kunde inte göras (tekniskt fel: {type(exc).__name__}): spara planen på "
            "nytt i Word och försök igen, eller anonymisera den för hand.",
            f"The copy could not be made (technical error: {type(exc).__name__}): save the "
            "plan again in Word and try again, or anonymise it by hand.")
        return outcome
    outcome.replaced = Counter(replacer.counts)
    outcome.remaining = list(dict.fromkeys(remaining))
    return outcome


def _write_and_check(target: Path, data: bytes, path: Path, document: Document,
                     replacer: Replacer, outcome: Outcome, force: bool
                     ) -> list[tuple[str, Text]]:
    """Writes the copy, reads and scans it; what the scan still finds is learnt and the copy
    made once more. Returns what remains: where a reader sees it, with the reader's place,
    and what only the file's parts hold (properties, links, …)."""
    write_bytes_atomic(target, data, force)
    found = privacy.Scan(read_document(target))
    if found.findings:
        for value, kind in found.values.items():
            replacer.learn_value(value, kind)
        replacer.counts.clear()
        data = _copy(path, document, replacer, outcome)
        write_bytes_atomic(target, data, force=True)
        found = privacy.Scan(read_document(target))
    hidden = _leftovers(document.format, data, replacer)
    if not found.findings:
        return hidden
    return [(f.kind, _place(f.location)) for f in found.findings] + [
        (kind, place) for kind, place in hidden if place in places.UNREAD]


def _copy(path: Path, document: Document, replacer: Replacer, outcome: Outcome) -> bytes:
    if document.format == "docx":
        data, outcome.cleaned = docx_package.anonymize_docx(path.read_bytes(), replacer)
        return data
    if document.format == "pdf":
        outcome.note = PDF_NOTE
        return pdf_copy.docx_copy(document, replacer, outcome.source.rpartition("/")[2])
    return plain_text.anonymize_text(path.read_bytes(), replacer)


def _leftovers(fmt: str, data: bytes, replacer: Replacer) -> list[tuple[str, Text]]:
    if fmt in ("docx", "pdf"):
        return docx_package.leftovers(data, replacer)
    return plain_text.leftovers(data, replacer)


def _place(location) -> Text:
    return Text(location.describe("sv"), location.describe("en"))


def anonymize_job(job: tuple[PlanFile, str, Path], persons: list[str], dry_run: bool,
                  force: bool) -> Outcome:
    """`anonymize_plan` for `parallel.map_ordered`: one plan, its copy's relative and full
    path."""
    plan, relative, target = job
    return anonymize_plan(plan, relative, target, persons, dry_run, force)
