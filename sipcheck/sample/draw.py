"""A fair, reproducible draw of plans from a pool.

Each plan gets a rank from the seed and its id (a SHA-256 hash), and a unit's plans are
drawn in rank order. The same seed and pool give the same plans on any computer and any
Python version; a plan added to one unit changes nothing in the others; a different seed
gives an unrelated draw. With `--total`, the plans are spread as evenly as the units
allow (every unit gets its share, units with fewer plans give all they have), the units
that get one more being picked by the seed too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sipcheck.discover import PlanFile
from sipcheck.text import SipcheckError, Text

NO_UNIT = Text("(utan enhet)", "(no unit)")


def rank(seed: str, key: str) -> str:
    return hashlib.sha256(f"{seed}\x00{key}".encode()).hexdigest()


def by_unit(plans: Iterable[PlanFile], seed: str) -> dict[str, list[PlanFile]]:
    """The pool's plans per unit ("" for none), each unit's plans in the seed's order."""
    units: dict[str, list[PlanFile]] = {}
    for plan in plans:
        units.setdefault(plan.unit or "", []).append(plan)
    return {unit: sorted(found, key=lambda p: rank(seed, p.id))
            for unit, found in sorted(units.items())}


def per_unit(plans: list[PlanFile], count: int, seed: str, lang: str = "sv") -> list[PlanFile]:
    """`count` plans from every unit; refuses when a unit has fewer."""
    units = by_unit(plans, seed)
    short = {unit: len(found) for unit, found in units.items() if len(found) < count}
    if short:
        raise SipcheckError(Text(
            f"För få planer att dra {count} per enhet: "
            + ", ".join(f"{_unit(u, 'sv')} har {n}" for u, n in short.items())
            + ". Lägg till planer i poolen, dra färre med --per-unit, eller använd --total.",
            f"Too few plans to draw {count} per unit: "
            + ", ".join(f"{_unit(u, 'en')} has {n}" for u, n in short.items())
            + ". Add plans to the pool, draw fewer with --per-unit, or use --total."))
    return _sorted(plan for found in units.values() for plan in found[:count])


def total(plans: list[PlanFile], count: int, seed: str) -> list[PlanFile]:
    """`count` plans spread as evenly as possible over the units."""
    if count > len(plans):
        raise SipcheckError(Text(
            f"Poolen har bara {len(plans)} planer att dra från, färre än --total {count}.",
            f"The pool has only {len(plans)} plans to draw from, fewer than --total {count}."))
    units = by_unit(plans, seed)
    order = sorted(units, key=lambda unit: rank(seed, f"unit:{unit}"))
    taken = dict.fromkeys(order, 0)
    left = count
    while left:
        for unit in order:
            if left and taken[unit] < len(units[unit]):
                taken[unit] += 1
                left -= 1
    return _sorted(plan for unit in order for plan in units[unit][:taken[unit]])


def _sorted(plans: Iterable[PlanFile]) -> list[PlanFile]:
    return sorted(plans, key=lambda plan: plan.file)


def _unit(unit: str, lang: str) -> str:
    return unit or NO_UNIT.pick(lang)
