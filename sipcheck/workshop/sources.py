"""What a running workshop reads and writes: the round file and the plan files.

The round file is read afresh whenever it has changed on disk (another browser tab, or an
expert using `sipcheck assess` in a terminal at the same time), and every answer is
written through `rounds.update_round` with `experts.assessments.apply`, the same lock,
validation and atomic write as `assess`. Plans are read with the review's readers and kept
while their file is unchanged; what is kept is the masked text, never the raw one.
"""

from __future__ import annotations

import threading
from pathlib import Path, PurePosixPath

from sipcheck import privacy
from sipcheck.documents import read_document
from sipcheck.experts import assessments
from sipcheck.experts.assessments import Answer
from sipcheck.rounds import load_round, update_round
from sipcheck.text import Text
from sipcheck.workshop.pages import checklist_texts
from sipcheck.workshop.plan_text import PlanText, plan_text


def _stamp(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


class Workshop:
    """The round being judged, its plans folder, and the checklist its definitions come
    from (None: the bundled one when it is the same)."""

    def __init__(self, round_file: Path, plans: Path, checklist=None) -> None:
        self.round_file, self.plans, self.checklist = round_file, plans, checklist
        self._lock = threading.Lock()
        self._round: tuple[tuple | None, dict] | None = None
        self._texts: dict[tuple, PlanText | Text] = {}
        self._definitions: dict[str, dict | None] = {}

    def round(self) -> dict:
        """The round as it is on disk now."""
        with self._lock:
            stamp = _stamp(self.round_file)
            if self._round is None or self._round[0] != stamp or stamp is None:
                self._round = (stamp, load_round(self.round_file))
            return self._round[1]

    def answer(self, answer: Answer, resolving: bool = False) -> bool:
        """Records one answer (or resolution) as `assess` does; True when its comment held
        personal data that was masked."""
        written = update_round(self.round_file, lambda data: assessments.apply(
            data, [answer], resolving=resolving, source=str(self.round_file)))
        with self._lock:
            self._round = (_stamp(self.round_file), written)
        return bool(privacy.find(answer.comment))

    def definitions(self, lang: str) -> dict | None:
        """Level definitions and guidance per criterion, or None when the checklist the
        round was reviewed with is not at hand."""
        record = self.round()["checklist"]
        key = f"{record.get('sha256')}:{lang}"
        if key not in self._definitions:
            self._definitions[key] = checklist_texts(self.round(), self.checklist, lang)
        return self._definitions[key]

    def plan_path(self, plan: dict) -> Path | None:
        """The plan's file in the plans folder; None for a name that would lead outside."""
        relative = PurePosixPath(plan.get("file") or "")
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            return None
        return self.plans.joinpath(*relative.parts)

    def text(self, plan: dict, lang: str) -> PlanText | Text:
        """The plan's masked text, or why it cannot be shown."""
        path = self.plan_path(plan)
        stamp = _stamp(path) if path is not None else None
        if stamp is None or not path.is_file():
            return Text("Planfilen hittades inte i mappen med planer: texten kan inte visas. "
                        "Ange mappen som omgången granskades från med --plans.",
                        "The plan file was not found in the plans folder: its text cannot be "
                        "shown. Give the folder the round was reviewed from with --plans.")
        key = (str(path), stamp, lang)
        with self._lock:
            if key in self._texts:
                return self._texts[key]
        document = read_document(path)
        shown: PlanText | Text = plan_text(document, lang) if document.ok else Text(
            document.message or "", document.message_en or "")
        with self._lock:
            self._texts = {k: v for k, v in self._texts.items() if k[0] != key[0]}
            self._texts[key] = shown
        return shown

    def found(self) -> tuple[int, int]:
        """(plans whose file is in the plans folder, readable plans in the round)."""
        plans = assessments.scored_plans(self.round())
        present = sum(1 for plan in plans
                      if (path := self.plan_path(plan)) is not None and path.is_file())
        return present, len(plans)
