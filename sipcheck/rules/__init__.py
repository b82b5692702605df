"""Check kinds: one small module each, registered here in one explicit dict.

A checklist rule names its check by `kind` (as in vale). Each module's docstring is its
documentation (shown by `sipcheck checklist kinds`); each `check(options, plan)` is pure
and returns a `Finding`. The engine, not the check, turns findings into levels.
"""

from __future__ import annotations

from collections.abc import Callable

from sipcheck.rules import (
    date,
    first_person,
    participants,
    pattern,
    question,
    readability,
    section,
    table_rows,
)
from sipcheck.rules.base import Evidence, Finding
from sipcheck.sections import Plan

Check = Callable[[dict, Plan], Finding]

MODULES = {
    "section": section,
    "pattern": pattern,
    "question": question,
    "first_person": first_person,
    "date": date,
    "table_rows": table_rows,
    "participants": participants,
    "lix": readability,
}

CHECKS: dict[str, Check] = {kind: module.check for kind, module in MODULES.items()}

__all__ = ["CHECKS", "MODULES", "Check", "Evidence", "Finding"]
