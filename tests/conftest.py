"""Shared fixtures for the CLI tests: running sipcheck three ways, and small plan texts.

- `cli` runs `sipcheck.cli.app.app` through typer's CliRunner (fast; for paths without a
  SipcheckError, which only `main()` turns into a message).
- `sipcheck_main` runs the real entry point `sipcheck.cli.app.main()` in-process with a
  patched sys.argv, catching SystemExit (error paths; lets a test monkeypatch the library).
- `sipcheck_process` runs `python -m sipcheck` in a subprocess (the real thing).

All three fix the width (COLUMNS=200), turn colour off (NO_COLOR=1), drop SIPCHECK_LANG
and assert that no Python traceback and no "unexpected error" ever reaches the user.

Validating the bundled checklist against its JSON Schema takes ~0.3 s, so the in-process
runners load it once per session; the subprocess runner and checklist/test_validate.py
exercise the real loading and validation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sipcheck.checklist.kept
import sipcheck.checklist.loader
import sipcheck.checklist.model
import sipcheck.checklist.sources
from sipcheck.cli.app import app, main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "plans"
ENV = {"COLUMNS": "200", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb", "SIPCHECK_LANG": None,
       "SIPCHECK_DEBUG": None, "FORCE_COLOR": None, "TTY_COMPATIBLE": None,
       "TTY_INTERACTIVE": None, "SIPCHECK_UPDATE_GOLDEN": None}

# A complete plan in Markdown: sections, a table of interventions, a follow-up date.
GOOD_PLAN = """\
# Samordnad individuell plan (SIP) för Mio

## Datum

2024-09-10

## Syfte med SIP

Mio är 15 år och mår dåligt. Planen ska se till att skolan, BUP och socialtjänsten \
stöttar Mio tillsammans, och att Mio vet vem hon kan vända sig till.

## Frågeställningar

- Hur kan Mio vara i skolan utan att det blir för mycket?
- Vem kontaktar Mio om hon mår sämre en helg?

## Mios mål

Mio säger: ”Jag vill må bättre och orka vara med mina kompisar.”

## Mios delaktighet

Mio var med på hela mötet tillsammans med sin mamma. Mio vill träffa samma person på BUP.

## Samtycke

Mio och mamma gav skriftligt samtycke 2024-09-02.

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Samtal med behandlare en gång i veckan | Behandlare, BUP Västmanland | 2024-09-12 – 2024-12-19 |
| Anpassad studieplan med färre ämnen | Mentor, högstadiet, Arboga kommun | Från 2024-09-16 |

## Huvudansvarig

Kurator, elevhälsan, Arboga kommun

## Deltagare

- Mio
- Mamma, vårdnadshavare
- Mentor, högstadiet, Arboga kommun
- Behandlare, BUP Västmanland

## Uppföljning

Nästa möte är 2024-10-22 kl. 15.00 på BUP.
"""

# Meeting notes rather than a plan: most criteria are not fulfilled.
WEAK_PLAN = """\
Anteckningar

Vi träffades och pratade om läget.
Stöd vid behov.
"""


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def _assert_no_crash(run: Run) -> None:
    for stream in (run.stdout, run.stderr):
        assert "Traceback" not in stream, stream
        assert "Oväntat fel" not in stream and "Unexpected error" not in stream, stream


@pytest.fixture(autouse=True)
def _cache_outside_home(tmp_path_factory, monkeypatch):
    """`sipcheck review` caches what it reads: every test gets an empty cache of its own,
    outside the user's home and outside tmp_path (tests list what tmp_path holds)."""
    monkeypatch.setenv("SIPCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


_BUNDLED: dict[str, sipcheck.checklist.model.Checklist] = {}


@pytest.fixture
def bundled_checklist_once(monkeypatch):
    real = sipcheck.checklist.loader.load_checklist

    def load(name_or_path: str = sipcheck.checklist.loader.DEFAULT_CHECKLIST):
        if name_or_path not in sipcheck.checklist.sources.bundled_names():
            return real(name_or_path)
        if name_or_path not in _BUNDLED:
            _BUNDLED[name_or_path] = real(name_or_path)
        return _BUNDLED[name_or_path]

    monkeypatch.setattr(sipcheck.checklist.loader, "load_checklist", load)
    real_kept = sipcheck.checklist.kept.load_checklist_kept

    def kept(name_or_path: str, root: Path, version: str):
        """The review's kept checklist, loaded or read as always; an equal bundled one
        is the object loaded before, whose section and pattern tables are built."""
        loaded = real_kept(name_or_path, root, version)
        if name_or_path not in sipcheck.checklist.sources.bundled_names():
            return loaded
        remembered = _BUNDLED.setdefault(name_or_path, loaded)
        return remembered if remembered == loaded else loaded

    monkeypatch.setattr(sipcheck.checklist.kept, "load_checklist_kept", kept)


@pytest.fixture
def cli(bundled_checklist_once):
    """cli(*args, env={...}) -> Run, through typer's CliRunner with a fixed width and no
    colour; `env` adds variables (TTY_COMPATIBLE=1: as if printing to a terminal)."""
    runner = CliRunner()

    def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Run:
        result = runner.invoke(app, [str(a) for a in args], env={**ENV, **(env or {})})
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        run = Run(result.exit_code, result.stdout, result.stderr)
        _assert_no_crash(run)
        return run

    return invoke


@pytest.fixture
def sipcheck_main(monkeypatch, capsys, bundled_checklist_once):
    """sipcheck_main(*args) -> Run, through the real entry point `main()` in-process."""
    for name, value in ENV.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)

    def invoke(*args: str | Path) -> Run:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["sipcheck", *[str(a) for a in args]])
        with pytest.raises(SystemExit) as exit_info:
            main()
        code = exit_info.value.code
        out, err = capsys.readouterr()
        run = Run(code if isinstance(code, int) else (0 if code is None else 1), out, err)
        _assert_no_crash(run)
        return run

    return invoke


@pytest.fixture
def sipcheck_process():
    """sipcheck_process(*args, cwd=...) -> Run, as `python -m sipcheck` in a subprocess."""
    env = {k: v for k, v in os.environ.items() if ENV.get(k, "") is not None}
    env.update({k: v for k, v in ENV.items() if v is not None})

    def invoke(*args: str | Path, cwd: Path = REPO) -> Run:
        done = subprocess.run([sys.executable, "-m", "sipcheck", *map(str, args)],
                              cwd=cwd, env=env, capture_output=True, text=True,
                              encoding="utf-8", timeout=60)
        run = Run(done.returncode, done.stdout, done.stderr)
        _assert_no_crash(run)
        return run

    return invoke


@pytest.fixture
def write_files(tmp_path):
    """write_files({"unit/plan.md": text, ...}) -> the folder holding them."""

    def write(files: dict[str, str | bytes], folder: str = "plans") -> Path:
        root = tmp_path / folder
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return write
