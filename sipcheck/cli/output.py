"""What commands print and where a report goes: messages on stderr that never wrap, the
format from `--format` or the file's suffix, the terminal or a file written atomically
(never over an existing one without `--force`).

Shared by every command; a report is imported, built and written only when it is asked
for, so `sipcheck --help` pays for none of it.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from rich.console import Console

from sipcheck.text import SipcheckError, Text

# The language of the running command, for messages printed by `main` after an error, and
# a `--lang` given before the command's name (`sipcheck --lang en review …`).
state: dict = {"lang": "sv", "given_lang": None}


def console(stderr: bool = False) -> Console:
    """Rich's console, as wide as the terminal; printing into a pipe or a file, as wide as
    `COLUMNS` says, else the terminal the command was started from (stdin or stderr),
    else 80 columns. Reports lay themselves out for that width and never cut a cell."""
    return Console(stderr=stderr, highlight=False)


def say(text: str, stderr: bool = True) -> None:
    """A message line, never wrapped: `file:line:column: …` must stay one line in CI logs."""
    console(stderr=stderr).print(text, markup=False, soft_wrap=True)


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


def _plain(renderable) -> str:
    """A terminal report as plain text, for --output with the table format, as wide as it
    would print here."""
    import io

    buffer = io.StringIO()
    Console(file=buffer, width=console().width, color_system=None, force_terminal=False,
            highlight=False).print(renderable)
    return buffer.getvalue()
