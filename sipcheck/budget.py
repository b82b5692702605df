"""A time and memory budget for each document, kept by the process that reads it.

Reading and judging a plan takes a tenth of a second; a 45 MB document.xml took minutes
and a gigabyte, and one catastrophic pattern could take forever. One such file must not
hold up the review of the others or exhaust the machine. So the work on each document
(reading, the privacy scan and the review) runs under `bounded`: a timer ticks every
TICK seconds in the process doing the work (a worker, or this one) and stops it with
`OverBudget` once the document has taken more than its seconds, or the process has grown
past its memory. The review then lists the file with the status `timeout` or
`too_large` and goes on with the next one. A document whose text is longer than
MAX_TEXT_CHARACTERS (hundreds of times a real plan) is `too_large` as soon as it is read.

`OverBudget` is a BaseException, like KeyboardInterrupt, so the readers' "never let one
odd file stop a review" handlers (`except Exception`) cannot swallow it. The timer is a
POSIX interval timer and a signal handler: in a thread other than the main one, or on a
platform without `setitimer`, the work runs without it (the readers' size limits and the
checklist patterns' own time limit still hold).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from dataclasses import dataclass

from sipcheck.text import SipcheckError, Text

SECONDS = 60.0  # per document; a plan takes a tenth of a second
MEMORY_MB = 640  # the process reading a document may grow to this many MB (resident)
MAX_TEXT_CHARACTERS = 1_000_000  # a long plan is 50,000 characters
TICK = 0.05
TIMEOUT, TOO_LARGE = "timeout", "too_large"


class OverBudget(BaseException):  # noqa: N818 - it is not an error in sipcheck, but a limit
    """The document took more time or memory than its budget; `status` says which."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


@dataclass(frozen=True)
class Budget:
    seconds: float = SECONDS
    memory_mb: int = MEMORY_MB

    @classmethod
    def from_environment(cls) -> Budget:
        """SIPCHECK_DOCUMENT_SECONDS and SIPCHECK_DOCUMENT_MEMORY_MB, else the defaults;
        read once by the command, and handed to the workers with the other arguments."""
        return cls(_number("SIPCHECK_DOCUMENT_SECONDS", SECONDS),
                   int(_number("SIPCHECK_DOCUMENT_MEMORY_MB", MEMORY_MB)))


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise SipcheckError(Text(f"{name}={raw} är inget positivt tal; ange t.ex. {name}="
                                 f"{default:g} eller ta bort variabeln.",
                                 f"{name}={raw} is not a positive number; give e.g. {name}="
                                 f"{default:g} or remove the variable."))
    return value


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux), else its peak so far."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if os.uname().sysname == "Darwin" else peak / 1024


@contextlib.contextmanager
def bounded(budget: Budget):
    """Runs the block under the budget; raises OverBudget when it is spent."""
    if (threading.current_thread() is not threading.main_thread()
            or not hasattr(signal, "setitimer")):
        yield
        return
    deadline = time.monotonic() + budget.seconds
    # A process that is already large (many documents read before) may grow a little.
    ceiling = max(budget.memory_mb, resident_mb() + 64)

    def tick(signum, frame) -> None:
        if time.monotonic() > deadline:
            raise OverBudget(TIMEOUT)
        if resident_mb() > ceiling:
            raise OverBudget(TOO_LARGE)

    previous = signal.signal(signal.SIGALRM, tick)
    signal.setitimer(signal.ITIMER_REAL, TICK, TICK)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, previous)


def message(status: str, budget: Budget) -> Text:
    """What the user reads about a document over its budget, and what to do."""
    if status == TIMEOUT:
        return Text(f"Planen tog mer än {budget.seconds:g} s att läsa och granska och hoppades "
                    "över (de andra granskades). Är den mycket stor? Dela upp den eller spara "
                    "om den; gränsen kan höjas med SIPCHECK_DOCUMENT_SECONDS.",
                    f"The plan took more than {budget.seconds:g} s to read and review and was "
                    "skipped (the others were reviewed). Is it very large? Split it or save it "
                    "again; the limit can be raised with SIPCHECK_DOCUMENT_SECONDS.")
    characters = f"{MAX_TEXT_CHARACTERS:,}"
    return Text(f"Planen är för stor för att granskas (mer än {budget.memory_mb} MB minne eller "
                f"{characters.replace(',', ' ')} tecken text; en plan har några tiotusen) och "
                "hoppades över. Kontrollera att det är rätt fil, eller dela upp den.",
                f"The plan is too large to review (more than {budget.memory_mb} MB of memory or "
                f"{characters} characters of text; a plan has a few tens of thousands) and was "
                "skipped. Check that it is the right file, or split it.")
