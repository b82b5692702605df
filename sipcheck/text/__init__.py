"""What sipcheck says, in Swedish (the default) and English (`--lang en`).

One way for every pair of texts: a `Text(sv, en)`, picked in the reader's language at the
edge (`text.pick(lang)`), whether it is a sentence, an error or a label in a small table.
Round files and checklists carry their own pairs as `key` and `key_en` fields; `in_lang`
reads them. The word tables of the reports are in `words` (a test holds both languages to
the same keys), the number formats with their one rounding rule in `numbers`, and how a
quotation and its place in a plan are cited in `evidence`.

`SipcheckError` is the one exception sipcheck raises for problems a user can fix: library
code raises it with a `Text`, and only the command line catches it, prints it in the
user's language and exits with its code. Anything else escaping is a bug.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

USAGE = 2  # usage, checklist or unreadable input: the review is not trustworthy as asked


# C0 and C1 control characters but tab and newline, and the invisible marks that reorder
# or hide text (bidi overrides, zero-width): a plan, a file name or a checklist title can
# carry "\x1b]0;…" to retitle or clear the terminal it is printed to. A lone half of a
# UTF-16 surrogate pair is no character at all, and no UTF-8 file or terminal can take it.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def without_controls(text: str) -> str:
    """`text` with every control character removed: safe to print to a terminal."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def without_controls_in(data):
    """`without_controls` on every string in JSON-like data (keys too), returning the data."""
    if isinstance(data, str):
        return without_controls(data)
    if isinstance(data, list):
        return [without_controls_in(item) for item in data]
    if isinstance(data, dict):
        return {without_controls_in(key): without_controls_in(value)
                for key, value in data.items()}
    return data


class Text(NamedTuple):
    """A text in Swedish and English."""

    sv: str
    en: str

    def pick(self, lang: str) -> str:
        """Swedish by default, English on request."""
        return self.en if lang == "en" else self.sv


def in_lang(record: dict, key: str, lang: str, default: str | None = None) -> str:
    """A round's or checklist's own text in the reader's language: `key_en` in English
    when it is there, else `key` (the Swedish the checklist is written in), else
    `default`."""
    return (record.get(f"{key}_en") if lang == "en" else None) or record.get(key) or default


class SipcheckError(Exception):
    """A problem a user can fix: what is wrong and what to do, and `details` (one line
    each) when there are several things to say."""

    def __init__(self, text: Text, exit_code: int = USAGE,
                 details: Sequence[Text] = ()) -> None:
        super().__init__(text.sv)
        self.said = text
        self.exit_code = exit_code
        self.lines = list(details)

    @property
    def message(self) -> str:
        """The message in Swedish, as logs and tests read it."""
        return self.said.sv

    @property
    def details(self) -> list[str]:
        return [line.sv for line in self.lines]

    def text(self, lang: str = "sv") -> str:
        return "\n".join([self.said.pick(lang), *(line.pick(lang) for line in self.lines)])
