"""Where a round's plan is on this computer, and opening it in the system's viewer.

An expert judging a plan wants the plan itself beside the evidence. The round file knows
each plan's file relative to the folder that was reviewed (`file`), and, when it was saved
with `review --save`, where that folder was relative to the round file (`plans_folders`),
so a project folder can be moved or shared and the plans still be found. `--plans` on
the command line names the folder when it is somewhere else.

The viewer is the one the system opens files with (`open` on macOS, `xdg-open` on Linux,
the file's program on Windows), or the command in SIPCHECK_OPEN. It is started on its own
and never waited for; where there is none, the expert is told the path to open by hand.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path


def plan_path(round_data: dict, round_file: Path, plan: dict,
              folder: Path | None = None) -> Path | None:
    """The plan's file here, or None when it cannot be found."""
    relative = Path(plan["file"])
    bases = [folder] if folder else []
    bases += [round_file.parent / recorded for recorded in round_data.get("plans_folders", [])]
    bases.append(Path.cwd())
    for base in bases:
        for candidate in (base / relative, base.parent / relative):
            if candidate.is_file():
                return candidate.resolve()
    return None


def open_in_viewer(path: Path) -> bool:
    """Opens `path` with SIPCHECK_OPEN or the system's viewer; False when there is none."""
    chosen = os.environ.get("SIPCHECK_OPEN")
    if chosen:
        command = [*shlex.split(chosen), str(path)]
    elif sys.platform == "darwin":
        command = ["open", str(path)]
    elif sys.platform == "win32":  # pragma: no cover - not on the test machines
        os.startfile(path)  # noqa: S606 - the user's own file, with its own program
        return True
    elif shutil.which("xdg-open") and (os.environ.get("DISPLAY")
                                       or os.environ.get("WAYLAND_DISPLAY")):
        command = ["xdg-open", str(path)]
    else:
        return False
    try:
        subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return False
    return True
