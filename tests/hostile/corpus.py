"""The hostile corpus: small generated inputs that once hung sipcheck, exhausted its
memory or leaked personal data (issue 13). Every test in this folder builds what it needs
from here, so the whole corpus is a few kB written to tmp_path, never stored.

PLANTED holds every personal value the corpus hides; `assert_clean` looks for each of them
(and their digits alone) in any text sipcheck wrote.
"""

from __future__ import annotations

import re

# Personal data planted across the corpus, in every place a careless export puts it.
PNR = "811218-9876"
PNR_LONG = "19811218-9876"
NAME = "Karin Lundgren"
PLANTED = (PNR, PNR_LONG, "8112189876", NAME, "Lundgren", "abcd19121212-1212",
           "19121212-1212", "070-111 22 33", "Vi träffade Anna Andersson")


def alias_bomb(levels: int = 9) -> str:
    """A checklist whose field_labels write out to 9**levels values."""
    lines = ["id: bomb", "title: Bomb", 'a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    lines.append(f"field_labels: *a{levels - 1}")
    lines.append("criteria: []")
    return "\n".join(lines) + "\n"


def deep_yaml(depth: int = 100_000) -> str:
    return "id: deep\ntitle: Deep\nfield_labels: " + "[" * depth + "]" * depth + "\n"


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def assert_clean(text: str, where: str = "") -> None:
    """No planted value, in any written form, in `text`."""
    for value in PLANTED:
        assert value not in text, f"{value!r} in {where}"
    squeezed = digits(text)
    for number in (digits(PNR), "121212121"):
        assert number not in squeezed, f"digits of {number} in {where}"
