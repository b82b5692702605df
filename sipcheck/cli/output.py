"""What commands print and where a report goes: messages on stderr that never wrap, the
format from `--format` or the file's suffix, the terminal or a file written atomically
(never over an existing one without `--force`).

Shared by every command; a report is imported, built and written only when it is asked
for, so `sipcheck --help` pays for none of it.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sipcheck.text import SipcheckError, Text

if TYPE_CHECKING:
    from rich.console import Console

# The language of the running command, for messages printed by `main` after an error, and
# a `--lang` given before the command's name (`sipcheck --lang en review …`).
state: dict = {"lang": "sv", "given_lang": None}


def console(stderr: bool = False) -> Console:
    """Rich's console, as wide as the terminal; printing into a pipe or a file, as wide as
    `COLUMNS` says, else the terminal the command was started from (stdin or stderr),
    else 80 columns. Reports lay themselves out for that width and never cut a cell.
    (Rich is imported here, when something is printed through it: a review that prints
    JSON into a pipe needs none of it, and it costs 0.03 s.)"""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def say(text: str, stderr: bool = True) -> None:
    """A message line, never wrapped: `file:line:column: …` must stay one line in CI logs.
    Personal data in it (a file name, a cell of an import file, a library's message) is
    masked and control characters are removed, like everything sipcheck prints."""
    from sipcheck.privacy import redact

    console(stderr=stderr).print(redact(text, state["lang"]), markup=False, soft_wrap=True)


BINARY = {"docx", "png"}
EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
              ".docx": "docx", ".csv": "csv", ".json": "json", ".png": "png", ".txt": "table"}


def resolve_format(chosen, output: Path | None, formats) -> str:
    """The chosen format, else the one the output file's suffix names, else the table."""
    if chosen is not None:
        return str(chosen)
    if output is not None:
        guessed = EXTENSIONS.get(output.suffix.lower())
        if guessed in {f.value for f in formats}:
            return guessed
    return "table"


def render(renderers: dict[str, str], fmt: str, *args):
    """The report in `fmt`: `renderers` maps a format to "module:function", imported only
    when that format is asked for (matplotlib, jinja2 and python-docx cost time that
    `sipcheck --help` should not pay); "json" is the data itself, as JSON."""
    if fmt == "json":
        from sipcheck.rounds import dumps

        return dumps(args[0])
    module, function = renderers[fmt].split(":")
    return getattr(importlib.import_module(module), function)(*args)


def check_output(fmt: str, output: Path | None, force: bool) -> None:
    """Refuses, before any work is done, a binary format without a file and an output
    file that may not be written."""
    from sipcheck.rounds import check_writable

    if fmt in BINARY and output is None:
        raise SipcheckError(Text(f"Formatet {fmt} är binärt: ange en fil med --output, t.ex. "
                                 f"--output rapport.{fmt}.",
                                 f"The {fmt} format is binary: give a file with --output, e.g. "
                                 f"--output report.{fmt}."))
    if output is not None:
        check_writable(output, force)


def emit(report, fmt: str, output: Path | None, force: bool, lang: str) -> None:
    """Prints the report (text or a Rich renderable) or writes it to `output`."""
    from sipcheck.rounds import write_atomic, write_bytes_atomic

    if output is None:
        if isinstance(report, str):
            sys.stdout.write(report)
        else:
            console().print(report)
        return
    if isinstance(report, bytes):
        write_bytes_atomic(output, report, force=force)
    else:
        write_atomic(output, report if isinstance(report, str) else _plain(report), force=force)
    say(Text(f"Rapporten sparades i {output}.", f"The report was saved to {output}.").pick(lang))


class progress_bar:
    """A progress bar on stderr while plans are read or copied, shown only in a terminal:
    `with progress_bar(Text(...), lang) as update: update(done, total, name)`."""

    def __init__(self, label: Text, lang: str) -> None:
        self.label = label.pick(lang)
        self.bar = None

    def __enter__(self):
        if not _may_be_terminal(sys.stderr):
            return self.update  # no bar, and no Rich to find that out
        from rich.progress import Progress

        err = console(stderr=True)
        self.bar = Progress(console=err, transient=True, disable=not err.is_terminal)
        self.bar.start()
        self.task = self.bar.add_task(self.label, total=None)
        return self.update

    def update(self, done: int, total: int, name: str = "") -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _may_be_terminal(stream) -> bool:
    """False only where Rich's `Console.is_terminal` is False too: no TTY_COMPATIBLE=1, no
    FORCE_COLOR, and a stream that is no terminal (a pipe, a file, a CI log)."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR") is not None:
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or closed: Rich says no terminal too
        return False


def _plain(renderable) -> str:
    """A terminal report as plain text, for --output with the table format, as wide as it
    would print here."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=console().width, color_system=None, force_terminal=False,
            highlight=False).print(renderable)
    return buffer.getvalue()


def check_can_save(path: Path) -> None:
    """Refuses, before any work is done, a round file whose answers could not be saved."""
    if not os.access(path, os.W_OK) or not os.access(path.parent if str(path.parent)
                                                     else Path("."), os.W_OK):
        raise SipcheckError(Text(f"{path} kan inte sparas: ingen skrivrätt. Kopiera filen till en "
                                 "mapp där du får skriva.",
                                 f"{path} cannot be saved: no write permission. Copy the file to a "
                                 "folder you may write to."))
