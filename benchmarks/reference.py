"""What the two references (`baseline.py`, `text_floor.py`) share: read every plan of the
folder named on the command line with the reference's `extract`, sequentially, and print
how much text that gave (so that nothing is optimised away). Imports nothing heavy, so
each reference pays only for its own libraries."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def read_all(extract: Callable[[Path], list[str]]) -> None:
    folder = Path(sys.argv[1])
    plans = sorted(p for p in folder.rglob("*") if p.suffix in (".pdf", ".docx"))
    characters = sum(len(text) for path in plans for text in extract(path))
    print(f"{len(plans)} plans, {characters} characters")
