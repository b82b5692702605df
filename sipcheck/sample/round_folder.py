"""A drawn sample made into a round's folder, once it is known to be safe to share.

Plans reviewed in earlier rounds are left out of the pool by their id (or file) in those
rounds' files. The drawn plans are read and scanned for personal data: one that holds
any stops the whole sample until it is anonymised (`sipcheck anonymize`), so a round
folder never holds personal data. The folder gets the plans (copies, or links with
`--link`) under the same relative paths, a `plans.csv` (file, unit, date, id) so that a
review finds the units whatever the folder looks like, and `urval.json`, the record of the
draw (pool, seed, how many, exclusions) that lets anyone draw the same plans again.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sipcheck import privacy
from sipcheck.discover import MANIFEST, PlanFile
from sipcheck.documents import read_document
from sipcheck.rounds import load_round, write_atomic
from sipcheck.text import USAGE, SipcheckError, Text

RECORD = "urval.json"
RECORD_FORMAT = "sipcheck-sample/1"


def not_reviewed(plans: list[PlanFile], rounds: list[Path]) -> tuple[list[PlanFile], int]:
    """The plans of the pool that no earlier round reviewed, and how many were left out."""
    ids: set[str] = set()
    for path in rounds:
        for plan in load_round(path)["plans"]:
            ids.update((plan["id"], plan["file"]))

    def reviewed(plan: PlanFile) -> bool:
        # A round over several folders names its plans "<folder>/<id>".
        return any(value == key or value.endswith("/" + key)
                   for key in (plan.id, plan.file) for value in ids)

    kept = [plan for plan in plans if not reviewed(plan)]
    return kept, len(plans) - len(kept)


def check_drawn(plans: list[PlanFile], progress: Callable[[int, int, str], None]) -> None:
    """Refuses a draw with a plan that holds personal data (exit 1) or cannot be read."""
    with_data, unreadable = [], []
    for done, plan in enumerate(plans, start=1):
        document = read_document(plan.path)
        shown = privacy.redact(plan.file)
        if not document.ok:
            unreadable.append(Text(f"{shown}: {document.message}",
                                   f"{shown}: {document.message_en}"))
        elif findings := privacy.scan(document):
            with_data.append(Text(f"{shown} ({privacy.describe(findings, 'sv')})",
                                  f"{shown} ({privacy.describe(findings, 'en')})"))
        progress(done, len(plans), plan.file)
    if with_data:
        raise SipcheckError(Text(
            "Dragna planer innehåller personuppgifter och kan inte ingå i omgången: "
            "anonymisera dem först (sipcheck anonymize) och dra sedan igen med samma --seed. "
            "Inget skrevs.",
            "Drawn plans hold personal data and cannot be part of the round: anonymise them "
            "first (sipcheck anonymize), then draw again with the same --seed. Nothing was "
            "written."), exit_code=1, details=with_data)
    if unreadable:
        raise SipcheckError(Text("Dragna planer kan inte läsas; inget skrevs:",
                                 "Drawn plans cannot be read; nothing was written:"),
                            exit_code=USAGE, details=unreadable)


def check_folder(out: Path) -> None:
    """A round's folder starts empty: plans left from another draw would be reviewed too."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise SipcheckError(Text(
            f"{out} finns redan och är inte en tom mapp: välj en ny mapp för omgången.",
            f"{out} already exists and is not an empty folder: choose a new folder for the "
            "round."))


def write_folder(plans: list[PlanFile], out: Path, link: bool, record: dict) -> None:
    """The plans (copied, or linked), `plans.csv` and `urval.json` in `out`."""
    for plan in plans:
        target = out.joinpath(*plan.file.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if link:
            os.symlink(plan.path.resolve(), target)
        else:
            _copy(plan.path, target)
    rows = io.StringIO()
    writer = csv.writer(rows, lineterminator="\n")
    writer.writerow(["file", "unit", "date", "id"])
    writer.writerows([plan.file, plan.unit or "", plan.date or "", plan.id] for plan in plans)
    write_atomic(out / MANIFEST, rows.getvalue())
    record = {"format": RECORD_FORMAT,
              "created": datetime.now(UTC).replace(microsecond=0).isoformat(), **record,
              "plans": [{"file": plan.file, "unit": plan.unit, "id": plan.id}
                        for plan in plans]}
    write_atomic(out / RECORD, json.dumps(record, ensure_ascii=False, indent=2) + "\n")


def _copy(source: Path, target: Path) -> None:
    """A copy that is either whole or not there."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    try:
        shutil.copy2(source, temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

