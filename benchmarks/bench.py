"""Benchmark sipcheck on a generated corpus and check the performance targets.

Runs, each as a separate process so start-up and every worker count:

- baseline: plain sequential extraction of the same files, pdfplumber (extract_text and
  extract_tables on every page) and python-docx (paragraph and table text);
- cold: `sipcheck review CORPUS --format json > /dev/null` with an empty cache directory;
- warm: the same command again, with the cache the cold run filled;
- `sipcheck --help`, best of 5.

Baseline, cold and warm run three times, interleaved (`--repeat`); the table shows the
best time of each, so a moment when another program takes a core does not decide.
Peak memory is the largest sum of the resident set sizes of the process and all its
descendants, sampled from /proc every 10 ms, or the kernel's ru_maxrss for the process
tree (RUSAGE_CHILDREN) when that is larger. Prints one table and exits 1 when a target is
missed, with the command that reproduces the run.

The corpus is generated once per (plans, seed, generator) into the work folder (default:
<temp>/sipcheck-bench), so later runs start at once.

Run: .venv/bin/python benchmarks/bench.py --plans 400
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
COLD_RATIO, WARM_RATIO, MAX_MB, HELP_SECONDS = 0.6, 0.1, 400, 0.3
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class Measure:
    seconds: float
    peak_mb: float
    code: int


def _tree_rss(root: int) -> int:
    """Bytes resident in `root` and every process below it (one pass over /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields[1])  # fields after "pid (comm)": state, ppid, ...
        rss[pid] = int(fields[21]) * PAGE  # rss in pages
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


def run(command: list[str], env: dict[str, str] | None = None) -> Measure:
    """Runs `command` with stdout to /dev/null; wall time and peak memory of its tree."""
    peak = [0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            if Path("/proc").is_dir():
                peak[0] = max(peak[0], _tree_rss(process.pid))
            stop.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace"))
    # ru_maxrss (KiB on Linux) of the largest process reaped so far: only a lower bound on
    # the tree, but it catches a peak between two samples.
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    kernel = largest * 1024 if largest > before else 0
    return Measure(seconds, max(peak[0], kernel) / 2**20, process.returncode)


def best(measures: list[Measure]) -> Measure:
    """The fastest run, with the highest memory and the worst exit code of all of them."""
    return Measure(min(m.seconds for m in measures), max(m.peak_mb for m in measures),
                   max(measures, key=lambda m: m.code not in (0, 1)).code)


def sipcheck(*args: str) -> list[str]:
    executable = BIN / "sipcheck"
    return [str(executable), *args] if executable.exists() else [
        sys.executable, "-m", "sipcheck", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None,
                        help="passed to sipcheck review --jobs (default: every core)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="run baseline, cold and warm this many times (interleaved); "
                             "best time of each, highest memory (default: 3)")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "sipcheck-bench",
                        help="folder for the generated corpus and the cache")
    args = parser.parse_args()

    corpus = args.work / f"corpus-{args.plans}-seed{args.seed}"
    started = time.perf_counter()
    make_corpus(args.plans, args.seed, corpus)
    made = time.perf_counter() - started
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".pdf", ".docx"))
    pdfs = sum(1 for p in files if p.suffix == ".pdf")
    cache = args.work / "cache"
    env = {**os.environ, "SIPCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    review = sipcheck("review", str(corpus), "--format", "json",
                      *(["--jobs", str(args.jobs)] if args.jobs else []))

    baseline_command = [sys.executable, str(HERE / "baseline.py"), str(corpus)]
    measures: dict[str, list[Measure]] = {"baseline": [], "cold": [], "warm": []}
    for _ in range(args.repeat):
        measures["baseline"].append(run(baseline_command))
        shutil.rmtree(cache, ignore_errors=True)
        measures["cold"].append(run(review, env))
        measures["warm"].append(run(review, env))
    baseline, cold, warm = (best(measures[name]) for name in ("baseline", "cold", "warm"))
    help_runs = [run(sipcheck("--help")) for _ in range(5)]
    best_help = min(m.seconds for m in help_runs)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    shown = f"SIPCHECK_CACHE_DIR={shlex.quote(str(cache))} {shlex.join(review)}"
    origin = f"generated in {made:.0f} s" if made > 1 else "generated earlier"
    lines = [f"sipcheck benchmark: {len(files)} plans ({pdfs} PDF, {len(files) - pdfs} .docx), "
             f"{cores} cores, Python {sys.version.split()[0]}, best of {args.repeat}",
             f"corpus {corpus} ({origin})", "",
             f"{'run':<10}{'seconds':>9}{'plans/s':>9}{'× baseline':>12}{'peak MB':>9}"
             f"   target"]
    misses: list[str] = []

    def row(name: str, m: Measure, target: str, ok: bool | None, command: str) -> None:
        ratio = m.seconds / baseline.seconds
        mark = "" if ok is None else (" ✔" if ok else " ✘ MISSED")
        lines.append(f"{name:<10}{m.seconds:>9.2f}{len(files) / m.seconds:>9.1f}"
                     f"{ratio:>12.2f}{m.peak_mb:>9.0f}   {target}{mark}")
        if ok is False:
            misses.append(f"{name}: {command}")
        if m.code not in (0, 1):
            misses.append(f"{name} exited with {m.code}: {command}")

    row("baseline", baseline, "", None, shlex.join(baseline_command))
    cold_shown = f"rm -rf {shlex.quote(str(cache))} && {shown} > /dev/null"
    row("cold", cold, f"≤ {COLD_RATIO} × baseline",
        cold.seconds <= COLD_RATIO * baseline.seconds, cold_shown)
    row("warm", warm, f"≤ {WARM_RATIO} × baseline",
        warm.seconds <= WARM_RATIO * baseline.seconds, f"{cold_shown} && {shown} > /dev/null")
    peak = max(cold.peak_mb, warm.peak_mb)
    memory_ok = peak <= MAX_MB
    help_ok = best_help <= HELP_SECONDS
    lines += ["", f"peak memory of sipcheck (cold, warm): {peak:.0f} MB   target ≤ {MAX_MB} MB"
              f"{' ✔' if memory_ok else ' ✘ MISSED'}",
              f"sipcheck --help, best of 5: {best_help:.3f} s   target ≤ {HELP_SECONDS} s"
              f"{' ✔' if help_ok else ' ✘ MISSED'}"]
    if not memory_ok:
        misses.append(f"memory: {cold_shown}")
    if not help_ok:
        misses.append(f"--help: {shlex.join(sipcheck('--help'))}")
    print("\n".join(lines))
    again = [sys.executable, "benchmarks/bench.py", "--plans", str(args.plans), "--seed",
             str(args.seed), *(["--jobs", str(args.jobs)] if args.jobs else []),
             *(["--repeat", str(args.repeat)] if args.repeat != 3 else [])]
    print(f"\nReproduce: {shlex.join(again)}")
    if misses:
        print("\nTargets missed; to rerun one by hand:", file=sys.stderr)
        for miss in misses:
            print(f"  {miss}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
