"""Benchmark sipcheck on a generated corpus and check the performance targets.

Runs, each as a separate process so start-up and every worker count:

- baseline: plain sequential extraction of the same files, pdfplumber (extract_text and
  extract_tables on every page) and python-docx (paragraph and table text);
- text floor: only the text, pypdfium2 for PDF pages and an lxml walk of a .docx's
  `word/document.xml`: what reading the plans costs at the least;
- cold, one process: `sipcheck review CORPUS --format json --jobs 1 > /dev/null` with an
  empty cache directory, compared with the text floor;
- cold: the same with every core (or `--jobs`), compared with the baseline;
- warm: the same command again, with the cache the cold run filled;
- large: a review of `--large` plans (copies of the corpus, 4,000 by default) with
  `--no-cache` (the cache would know the copies), for memory that does not grow with the
  number of plans and the time per plan;
- `sipcheck --help`, best of 5.

sipcheck's modules are byte-compiled first, as an install does, so no run measures
Python compiling them (a shell may set PYTHONDONTWRITEBYTECODE).

Every run but --help runs three times, interleaved (`--repeat`); the table shows the
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
# cold (all cores) and warm against the baseline, cold in one process against the text
# floor, peak memory of any run, the large run's time per plan against the corpus's.
COLD_RATIO, WARM_RATIO, FLOOR_RATIO = 0.2, 0.02, 10
MAX_MB, PER_PLAN_SLOWER, HELP_SECONDS = 250, 0.10, 0.3
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


def compiled_package() -> None:
    """Byte-compile sipcheck's modules, as installing a package does (and as Python does on
    a first run): a shell with PYTHONDONTWRITEBYTECODE set would otherwise have every run
    compile the whole package from source, which no user's review does."""
    import importlib.util

    spec = importlib.util.find_spec("sipcheck")
    for folder in spec.submodule_search_locations if spec else ():
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], check=True,
                       stdout=subprocess.DEVNULL)


def large_corpus(corpus: Path, plans: int, folder: Path) -> Path:
    """`plans` plans made of the corpus's files over and over (hard links where the file
    system allows, copies elsewhere), each unit keeping its folder: `unit/03-plan.pdf` is
    the fourth copy of `unit/plan.pdf`. Made once; a later run finds it complete."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".pdf", ".docx"))
    stamp = folder / ".complete"
    wanted = f"{plans} from {corpus} {len(files)}"
    if stamp.is_file() and stamp.read_text() == wanted:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    for index in range(plans):
        source = files[index % len(files)]
        target = folder / source.parent.relative_to(corpus) / \
            f"{index // len(files):02d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
    stamp.write_text(wanted)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None,
                        help="passed to sipcheck review --jobs in the cold, warm and large "
                             "runs (default: every core)")
    parser.add_argument("--large", type=int, default=4000,
                        help="plans in the large run, copies of the corpus (0: no large run; "
                             "default: 4000)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="run everything this many times (interleaved); best time of "
                             "each, highest memory (default: 3)")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "sipcheck-bench",
                        help="folder for the generated corpus and the cache")
    args = parser.parse_args()

    corpus = args.work / f"corpus-{args.plans}-seed{args.seed}"
    started = time.perf_counter()
    make_corpus(args.plans, args.seed, corpus)
    large = large_corpus(corpus, args.large, args.work / f"large-{args.large}-of-"
                         f"{args.plans}-seed{args.seed}") if args.large else None
    made = time.perf_counter() - started
    compiled_package()
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".pdf", ".docx"))
    pdfs = sum(1 for p in files if p.suffix == ".pdf")
    cache = args.work / "cache"
    env = {**os.environ, "SIPCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    review = sipcheck("review", str(corpus), "--format", "json", *jobs)
    review_one = sipcheck("review", str(corpus), "--format", "json", "--jobs", "1")
    # The copies have their originals' content, which the cache would answer for: the
    # large run reads and assesses every one of them.
    review_large = sipcheck("review", str(large), "--format", "json", "--no-cache",
                            *jobs) if large else []

    def emptied() -> dict[str, str]:
        shutil.rmtree(cache, ignore_errors=True)
        return env

    commands = {
        "baseline": lambda: run([sys.executable, str(HERE / "baseline.py"), str(corpus)]),
        "text floor": lambda: run([sys.executable, str(HERE / "text_floor.py"), str(corpus)]),
        "cold -j 1": lambda: run(review_one, emptied()),
        "cold": lambda: run(review, emptied()),
        "warm": lambda: run(review, env),  # right after "cold": its cache
    }
    if large:
        commands[f"large {args.large}"] = lambda: run(review_large, emptied())
    measures: dict[str, list[Measure]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            measures[name].append(command())
    shutil.rmtree(cache, ignore_errors=True)
    results = {name: best(found) for name, found in measures.items()}
    help_runs = [run(sipcheck("--help")) for _ in range(5)]
    best_help = min(m.seconds for m in help_runs)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    origin = f"generated in {made:.0f} s" if made > 1 else "generated earlier"
    baseline, floor = results["baseline"], results["text floor"]
    lines = [f"sipcheck benchmark: {len(files)} plans ({pdfs} PDF, {len(files) - pdfs} .docx), "
             f"{cores} cores, Python {sys.version.split()[0]}, best of {args.repeat}, "
             f"load average {os.getloadavg()[0]:.2f} at the end",
             f"corpus {corpus} ({origin})", "",
             f"{'run':<12}{'seconds':>9}{'plans/s':>9}{'× baseline':>12}{'× floor':>9}"
             f"{'peak MB':>9}   target"]
    misses: list[str] = []
    shown = {"cold -j 1": review_one, "cold": review, "warm": review, "large": review_large}

    def row(name: str, plans: int, target: str = "", ok: bool | None = None) -> None:
        m = results[name]
        mark = "" if ok is None else (" ✔" if ok else " ✘ MISSED")
        lines.append(f"{name:<12}{m.seconds:>9.2f}{plans / m.seconds:>9.1f}"
                     f"{m.seconds / baseline.seconds:>12.2f}{m.seconds / floor.seconds:>9.1f}"
                     f"{m.peak_mb:>9.0f}   {target}{mark}")
        command = shown.get(name.split()[0] if name.startswith("large") else name)
        if ok is False:
            misses.append(f"{name}: SIPCHECK_CACHE_DIR={shlex.quote(str(cache))} "
                          f"{shlex.join(command)} > /dev/null")
        if m.code not in (0, 1):
            misses.append(f"{name} exited with {m.code}")

    cold_one, cold, warm = results["cold -j 1"], results["cold"], results["warm"]
    row("baseline", len(files))
    row("text floor", len(files))
    row("cold -j 1", len(files), f"≤ {FLOOR_RATIO} × text floor",
        cold_one.seconds <= FLOOR_RATIO * floor.seconds)
    row("cold", len(files), f"≤ {COLD_RATIO} × baseline",
        cold.seconds <= COLD_RATIO * baseline.seconds)
    row("warm", len(files), f"≤ {WARM_RATIO} × baseline",
        warm.seconds <= WARM_RATIO * baseline.seconds)
    peaks = [cold_one.peak_mb, cold.peak_mb, warm.peak_mb]
    if large:
        big = results[f"large {args.large}"]
        per_plan, big_per_plan = cold.seconds / len(files), big.seconds / args.large
        per_plan_ok = big_per_plan <= (1 + PER_PLAN_SLOWER) * per_plan
        row(f"large {args.large}", args.large,
            f"≤ {1 + PER_PLAN_SLOWER:.2f} × cold's time per plan", per_plan_ok)
        lines += ["", f"time per plan: cold {1000 * per_plan:.1f} ms, large "
                      f"{1000 * big_per_plan:.1f} ms ({big_per_plan / per_plan:.2f} ×)"]
        peaks.append(big.peak_mb)
    memory_ok = max(peaks) <= MAX_MB
    help_ok = best_help <= HELP_SECONDS
    lines += ["", f"peak memory of sipcheck (every review run): {max(peaks):.0f} MB   "
                  f"target ≤ {MAX_MB} MB{' ✔' if memory_ok else ' ✘ MISSED'}",
              f"sipcheck --help, best of 5: {best_help:.3f} s   target ≤ {HELP_SECONDS} s"
              f"{' ✔' if help_ok else ' ✘ MISSED'}"]
    if not memory_ok:
        misses.append("memory: see the peak MB column")
    if not help_ok:
        misses.append(f"--help: {shlex.join(sipcheck('--help'))}")
    print("\n".join(lines))
    again = [sys.executable, "benchmarks/bench.py", "--plans", str(args.plans), "--seed",
             str(args.seed), *jobs, *(["--large", str(args.large)] if args.large != 4000 else []),
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
