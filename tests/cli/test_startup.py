"""What a run imports before it prints: a review that prints JSON into a pipe starts
without pydantic and without Rich, a review in a terminal still shows its bar, and help
and usage errors still get Typer's words in the user's language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPO


def test_a_review_into_a_pipe_starts_without_pydantic_and_without_rich(tmp_path):
    """0.1 s of a warm review of 400 plans was pydantic building Typer's converters, and
    0.03 s Rich, for a bar no one sees and a help that is never shown."""
    script = ("import sys\nfrom sipcheck.cli.app import main\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in ('pydantic', 'rich', 'typer.rich_utils') "
              "if m in sys.modules), file=sys.stderr)\n")
    run = subprocess.run(
        [sys.executable, "-c", script, "review", str(REPO / "examples/plans/2024-02"),
         "--format", "json", "--jobs", "1", "--fail-under", "10"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={"SIPCHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin",
             "HOME": str(tmp_path)})
    assert run.stdout.startswith("{")
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_a_review_in_a_terminal_shows_its_progress_bar(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm", "PYTHONIOENCODING": "utf-8",
           "SIPCHECK_CACHE_DIR": str(tmp_path / "cache")}
    for name in ("SIPCHECK_LANG", "NO_COLOR", "TTY_COMPATIBLE", "FORCE_COLOR"):
        env.pop(name, None)
    child = pexpect.spawn(sys.executable, ["-m", "sipcheck", "review",
                                           str(REPO / "examples/plans/2024-02"), "--jobs", "1"],
                          cwd=str(tmp_path), env=env, encoding="utf-8", timeout=120,
                          dimensions=(40, 100))
    child.expect("Läser planer")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus in (0, 1)


def test_help_and_usage_errors_still_get_typers_words_in_the_language(cli):
    assert "Alternativ" in cli("review", "--help").stdout
    assert "Options" in cli("review", "--help", "--lang", "en").stdout
    assert cli("review", "plans", "--fail-under", "1e3").stderr.splitlines()[1] == \
        "Fel: ogiltigt värde för --fail-under: värdet ska vara högst 100."
