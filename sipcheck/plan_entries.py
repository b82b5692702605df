"""A round's plan entries kept packed until they are read, so that a review's memory does
not grow with the number of plans.

A review holds every plan's entry until the round is printed or saved: its quotes,
reasons and places, some 20 kB of Python objects a plan, 80 MB at 4,000 plans and a GB at
a national comparison's tens of thousands. `PlanEntries` keeps each entry as a compressed
pickle (about 2 kB) and unpacks one at a time as a report or the round file reads them
(`rounds.json_parts` writes them one by one). It is a read-only sequence to its readers:
a plan read from it is a fresh copy, so changes to it are not kept.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator, Sequence

LEVEL = 1  # zlib's fastest: entries are mostly Swedish text and repeated keys


class PlanEntries(Sequence):
    """`size` plan entries (None until set), in the round's order."""

    def __init__(self, size: int) -> None:
        self._packed: list[bytes | None] = [None] * size

    def __setitem__(self, index: int, entry: dict | None) -> None:
        self._packed[index] = None if entry is None else zlib.compress(
            pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL), LEVEL)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [_unpacked(packed) for packed in self._packed[index]]
        return _unpacked(self._packed[index])

    def __len__(self) -> int:
        return len(self._packed)

    def __iter__(self) -> Iterator[dict | None]:
        for packed in self._packed:
            yield _unpacked(packed)


def _unpacked(packed: bytes | None) -> dict | None:
    # Only this process's own entries are ever unpickled: nothing read from a file.
    return None if packed is None else pickle.loads(zlib.decompress(packed))  # noqa: S301
