"""Whether a change to the code leaves every round as it was: speed work must not move a level.

Reviews every test corpus (`tests/corpus`, `tests/corpus_fresh`, each layout corpus under
`tests/corpus_layouts`), the examples and, when it has been generated, the benchmark's
corpus, once with this working tree and once with the code of another commit (a
`git worktree` in a temporary folder, run with the same Python), and compares the round
files byte for byte. Each is reviewed with its own commit's `kvalitetskollen`, and only
the round's creation time is left out; a checklist changed between the two shows as its
hash, which is reported apart from the rounds.

Run: .venv/bin/python benchmarks/same_rounds.py [COMMIT]   (default: HEAD, the last commit)

Prints one line per corpus that differs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_CORPUS = Path(tempfile.gettempdir()) / "sipcheck-bench" / "corpus-400-seed1"


def corpora() -> list[Path]:
    layouts = sorted(path for path in (ROOT / "tests" / "corpus_layouts").glob("*/plans"))
    found = [ROOT / "tests" / "corpus", ROOT / "tests" / "corpus_fresh", *layouts,
             ROOT / "examples" / "plans", BENCH_CORPUS]
    return [path for path in found if path.is_dir()]


def review(code: Path, corpus: Path, cache: Path) -> list[str]:
    """The round's lines, as the code in `code` writes it (creation time left out)."""
    environment = {**os.environ, "PYTHONPATH": str(code), "SIPCHECK_CACHE_DIR": str(cache)}
    # the commit's own checklist: the bundled name would find the installed one
    checklist = code / "checklists" / "kvalitetskollen.yaml"
    done = subprocess.run([sys.executable, "-m", "sipcheck", "review", str(corpus),
                           "--format", "json", "--no-cache", "--jobs", "1",
                           "--checklist", str(checklist)],
                          capture_output=True, text=True, env=environment, cwd=cache,
                          check=False)
    return [line for line in done.stdout.splitlines() if '"created"' not in line]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("commit", nargs="?", default="HEAD")
    commit = parser.parse_args().commit
    with tempfile.TemporaryDirectory(prefix="sipcheck-same-") as temporary:
        other = Path(temporary) / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet",
                        str(other), commit], check=True)
        try:
            return _compare(other, Path(temporary), commit)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(other)], check=False)


def _compare(other: Path, temporary: Path, commit: str) -> int:
    folders = corpora()
    jobs = [(corpus, code) for corpus in folders for code in (ROOT, other)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        rounds = list(pool.map(lambda job: review(job[1], job[0], temporary), jobs))
    differ = 0
    hashes = set()
    for index, corpus in enumerate(folders):
        now, then = rounds[2 * index], rounds[2 * index + 1]
        hashes |= {(a, b) for a, b in zip(now, then, strict=False)
                   if '"sha256"' in a and a != b}
        now = [line for line in now if '"sha256"' not in line]
        then = [line for line in then if '"sha256"' not in line]
        if now != then or not now:
            differ += 1
            name = corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus
            print(f"differs: {name}")
    if hashes:
        print(f"the checklist differs from {commit}'s (its hash); the rounds are compared "
              "without it")
    print(f"{len(folders) - differ} of {len(folders)} rounds the same as {commit}'s")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
