"""The cache of read documents and plan entries: hits, misses, invalidation, damage, races.

Every test has an empty cache directory of its own (SIPCHECK_CACHE_DIR, see conftest.py).
Whether the cache was used is shown by counting calls to the reader and to
`review_document`, never by timing.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, GOOD_PLAN, REPO, WEAK_PLAN
from helpers import checklist_named

import sipcheck.review
from sipcheck import cache
from sipcheck.cache import DOCUMENTS, REVIEWS, Store
from sipcheck.documents import read_document
from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, Status
from sipcheck.review import review_paths

CORPUS = REPO / "tests" / "corpus" / "plans"


def without_created(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    del data["round"]["created"]
    return data


@pytest.fixture
def plans(tmp_path) -> Path:
    """Four plans in two units: .docx, .pdf, .md and .txt."""
    root = tmp_path / "plans"
    (root / "arboga").mkdir(parents=True)
    (root / "koping").mkdir()
    shutil.copy(CORPUS / "plan-04.docx", root / "koping" / "a.docx")
    shutil.copy(CORPUS / "plan-01.pdf", root / "koping" / "b.pdf")
    (root / "arboga" / "good.md").write_text(GOOD_PLAN, encoding="utf-8")
    (root / "arboga" / "weak.txt").write_text(WEAK_PLAN, encoding="utf-8")
    return root


@pytest.fixture
def calls(monkeypatch):
    """Counts the files read and the plans assessed by review_paths (in this process)."""
    seen = {"read": [], "reviewed": []}
    real_read, real_review = sipcheck.review.read_document, sipcheck.review.review_document

    def read(path):
        seen["read"].append(Path(path).name)
        return real_read(path)

    def review(document, plan_file, *args):
        seen["reviewed"].append(Path(plan_file.path).name)
        return real_review(document, plan_file, *args)

    monkeypatch.setattr(sipcheck.review, "read_document", read)
    monkeypatch.setattr(sipcheck.review, "review_document", review)

    def take() -> dict[str, list[str]]:
        taken = {key: sorted(value) for key, value in seen.items()}
        for value in seen.values():
            value.clear()
        return taken

    return take


def review(folder: Path, **options) -> dict:
    return review_paths([folder], checklist_named(), jobs=1, **options)


def cache_files(kind: str | None = None) -> list[Path]:
    root = cache.cache_dir() / kind if kind else cache.cache_dir()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# --- Document <-> JSON -------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(
    p for p in [*CORPUS.iterdir(), *EXAMPLES.rglob("*.*")] if p.is_file()),
    ids=lambda path: path.relative_to(REPO).as_posix())
def test_every_document_survives_json(path):
    document = read_document(path)
    data = json.loads(json.dumps(cache.document_to_dict(document)))
    assert cache.document_from_dict(data) == document


def test_nested_tables_tuples_and_defaults_survive_json():
    inner = Block(BlockKind.TABLE, "x", Location(table=2), rows=[[Cell("x", Location(cell=1))]])
    document = Document("p.docx", "docx", blocks=[
        Block(BlockKind.HEADING, "Syfte", Location(paragraph=1, part="header"), level=1,
              bold=True, style="Heading 1"),
        Block(BlockKind.TABLE, "a | x", Location(table=1),
              rows=[[Cell("a", Location(table=1, row=1, cell=1), tables=[inner])]]),
    ], pages=3)
    if hasattr(document, "warnings"):
        document.warnings.append(("sv", "en"))
    data = json.loads(json.dumps(cache.document_to_dict(document)))
    assert cache.document_from_dict(data) == document
    assert "status" not in data and "bold" not in data["blocks"][1]  # defaults left out
    failed = Document("x.pdf", "pdf", Status.NO_TEXT, message="m", message_en="e")
    assert cache.document_from_dict(cache.document_to_dict(failed)) == failed


# --- hits, misses, invalidation ----------------------------------------------------------

def test_second_review_reads_nothing_and_gives_the_same_round(plans, calls):
    cold = review(plans, cache=True)
    assert calls() == {"read": ["a.docx", "b.pdf", "good.md", "weak.txt"],
                       "reviewed": ["a.docx", "b.pdf", "good.md", "weak.txt"]}
    assert len(cache_files(DOCUMENTS)) == 4 and len(cache_files(REVIEWS)) == 4
    warm = review(plans, cache=True)
    assert calls() == {"read": [], "reviewed": []}
    assert without_created(warm) == without_created(cold)
    assert without_created(review(plans)) == without_created(cold)  # no cache at all


def test_a_changed_file_is_read_again_and_only_it(plans, calls):
    review(plans, cache=True)
    calls()
    (plans / "arboga" / "good.md").write_text(GOOD_PLAN.replace("Mio", "Ida"), "utf-8")
    changed = review(plans, cache=True)
    assert calls() == {"read": ["good.md"], "reviewed": ["good.md"]}
    assert without_created(changed) == without_created(review(plans))
    assert "Ida" in json.dumps(changed) and "Mio" not in json.dumps(changed)


def test_a_new_language_or_checklist_reuses_the_documents(plans, calls):
    review(plans, cache=True)
    calls()
    english = review_paths([plans], checklist_named(), lang="en", jobs=1, cache=True)
    assert calls() == {"read": [], "reviewed": ["a.docx", "b.pdf", "good.md", "weak.txt"]}
    assert without_created(english) == without_created(
        review_paths([plans], checklist_named(), lang="en", jobs=1))


def test_a_moved_plan_is_reviewed_again_from_its_cached_document(plans, calls):
    review(plans, cache=True)
    calls()
    (plans / "arboga" / "good.md").rename(plans / "koping" / "good.md")
    moved = review(plans, cache=True)
    assert calls() == {"read": [], "reviewed": ["good.md"]}
    assert "koping/good" in [plan["id"] for plan in moved["plans"]]


def test_changed_reader_code_misses_the_cache(plans, calls, monkeypatch):
    review(plans, cache=True)
    calls()
    monkeypatch.setattr(cache, "reader_version", lambda: "a new reader")
    monkeypatch.setattr(cache, "review_version", lambda: "a new review")
    review(plans, cache=True)
    assert calls()["read"] == ["a.docx", "b.pdf", "good.md", "weak.txt"]


def test_versions_follow_the_source_files(tmp_path, monkeypatch):
    package = tmp_path / "sipcheck"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)

    def versions() -> tuple[str, str]:
        cache.reader_version.cache_clear()
        cache.review_version.cache_clear()
        return cache.reader_version(), cache.review_version()

    reader, whole = versions()
    assert versions() == (reader, whole)
    engine = package / "engine.py"
    engine.write_text(engine.read_text("utf-8") + "\n# changed\n", "utf-8")
    assert versions()[0] == reader and versions()[1] != whole  # rules etc.: entries only
    model = package / "documents" / "model.py"
    model.write_text(model.read_text("utf-8") + "\n# changed\n", "utf-8")
    new_reader, _ = versions()
    assert new_reader != reader
    cache.reader_version.cache_clear()
    cache.review_version.cache_clear()


def test_readers_depend_only_on_what_the_document_key_covers():
    """A Document is keyed by sipcheck/documents/*.py and READER_LIBRARIES: a reader that
    imported anything else (sipcheck.language, another library) could change a Document
    without changing its key."""
    allowed = set(sys.stdlib_module_names) | set(cache.READER_LIBRARIES) | {"__future__"}
    for source in sorted((cache.PACKAGE / "documents").glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.startswith("sipcheck"):
                    assert name.startswith("sipcheck.documents"), (source.name, name)
                else:
                    assert name.split(".")[0] in allowed, (source.name, name)


def test_the_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("SIPCHECK_CACHE_DIR", str(tmp_path / "c"))
    assert cache.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("SIPCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "sipcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "sipcheck"


# --- failed documents, files changing while read ----------------------------------------

def test_a_broken_file_is_cached_but_its_repair_is_seen(plans, calls):
    broken = plans / "koping" / "c.pdf"
    broken.write_bytes(b"%PDF-1.4 not really a pdf")
    first = review(plans, cache=True)
    assert {p["id"]: p["status"] for p in first["plans"]}["koping/c"] == "unreadable"
    calls()
    assert {p["id"]: p["status"] for p in review(plans, cache=True)["plans"]}[
        "koping/c"] == "unreadable"
    assert calls()["read"] == []
    shutil.copy(CORPUS / "plan-02.pdf", broken)
    repaired = review(plans, cache=True)
    assert calls() == {"read": ["c.pdf"], "reviewed": ["c.pdf"]}
    assert {p["id"]: p["status"] for p in repaired["plans"]}["koping/c"] == "ok"
    assert without_created(repaired) == without_created(review(plans))


def test_a_file_changed_while_it_is_read_is_not_cached(plans, monkeypatch):
    real_read = sipcheck.review.read_document
    target = plans / "arboga" / "good.md"

    def read_then_change(path):
        document = real_read(path)
        if Path(path) == target:
            target.write_text(GOOD_PLAN + "\nEn rad till.\n", "utf-8")
        return document

    monkeypatch.setattr(sipcheck.review, "read_document", read_then_change)
    review(plans, cache=True)
    assert len(cache_files(DOCUMENTS)) == 3 and len(cache_files(REVIEWS)) == 3


def test_an_unreadable_file_is_not_cached(plans, monkeypatch):
    missing = plans / "arboga" / "gone.md"
    missing.symlink_to(plans / "nowhere.md")
    data = review(plans, cache=True)
    assert {p["id"]: p["status"] for p in data["plans"]}["arboga/gone"] != "ok"
    assert len(cache_files(DOCUMENTS)) == 4


# --- damage, no cache, concurrency -------------------------------------------------------

DAMAGE = [b"", b"{", b"\xff\xfe garbage", b"[]", b'{"format": "sipcheck-cache/1"}',
          b'{"format": "sipcheck-cache/1", "key": "other", "data": {}}', b"null",
          b'{"format": "sipcheck-cache/0", "key": "x", "data": {}}']


def test_a_damaged_entry_is_a_miss_and_is_repaired(plans, calls):
    cold = review(plans, cache=True)
    entries = cache_files()
    assert len(entries) == 8
    for path, damage in zip(entries, DAMAGE, strict=True):  # a different damage each
        path.write_bytes(damage)
    calls()
    again = review(plans, cache=True)
    assert calls()["read"] == ["a.docx", "b.pdf", "good.md", "weak.txt"]
    assert without_created(again) == without_created(cold)
    review(plans, cache=True)
    assert calls() == {"read": [], "reviewed": []}  # the entries were written anew


def test_an_entry_with_the_right_key_but_wrong_shape_is_a_miss(plans, calls):
    cold = review(plans, cache=True)
    for path in cache_files(DOCUMENTS):
        entry = json.loads(path.read_bytes())
        entry["data"] = {"blocks": "not a list", "status": "no such status"}
        path.write_text(json.dumps(entry), "utf-8")
    for path in cache_files(REVIEWS):
        path.unlink()
    calls()
    assert without_created(review(plans, cache=True)) == without_created(cold)
    assert calls()["read"] == ["a.docx", "b.pdf", "good.md", "weak.txt"]


def test_no_cache_reads_and_writes_nothing(plans, cli):
    run = cli("review", plans, "--no-cache", "--format", "json")
    assert run.code == 0
    assert cache_files() == []
    assert cli("review", plans, "--format", "json").code == 0
    assert len(cache_files(REVIEWS)) == 4


def test_a_cache_removed_between_reviews_is_made_again(plans):
    review(plans, cache=True)
    shutil.rmtree(cache.cache_dir())
    review(plans, cache=True)
    assert len(cache_files(DOCUMENTS)) == 4 and len(cache_files(REVIEWS)) == 4


def test_a_cache_that_cannot_be_written_is_no_cache(plans, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SIPCHECK_CACHE_DIR", str(blocker / "sipcheck"))
    assert without_created(review(plans, cache=True)) == without_created(review(plans))


def test_store_get_and_put(tmp_path):
    store = Store(tmp_path)
    assert store.get(REVIEWS, "ab" * 32) is None
    store.put(REVIEWS, "ab" * 32, {"å": [1, 2.5, None]})
    assert store.get(REVIEWS, "ab" * 32) == {"å": [1, 2.5, None]}
    store.put(REVIEWS, "cd" * 32, {"not json": object()})
    assert store.get(REVIEWS, "cd" * 32) is None
    assert [p.name for p in tmp_path.rglob(".tmp-*")] == []


WRITER = """
import sys
from sipcheck.cache import Store
store, key = Store(sys.argv[1]), "ee" * 32
payload = {"writer": sys.argv[2], "text": sys.argv[2] * 200_000}
for _ in range(40):
    store.put("reviews", key, payload)
    data = store.get("reviews", key)
    assert data is None or data["text"] == data["writer"] * 200_000, "a torn entry"
print("ok")
"""


def test_two_processes_writing_the_same_entries(tmp_path):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("a", "b")]
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert out == "ok\n"
    data = Store(tmp_path).get("reviews", "ee" * 32)
    assert data["text"] == data["writer"] * 200_000
    assert [p.name for p in tmp_path.rglob(".tmp-*")] == []


def test_two_reviews_at_once_with_one_cache(plans):
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    command = [sys.executable, "-m", "sipcheck", "review", str(plans), "--format", "json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, encoding="utf-8") for _ in range(2)]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.append(without_created(json.loads(out)))
    assert outputs[0] == outputs[1] == without_created(review(plans))
    assert len(cache_files(REVIEWS)) == 4


@pytest.mark.parametrize("output", ["json", "table", "csv", "markdown"])
def test_every_format_is_the_same_without_cache_cold_and_warm(plans, cli, output):
    """`review` takes its checklist and plan entries from the cache when it can
    (`checklist.kept`, `reviews/`): what it prints must not show it."""
    options = ["--format", output, *(["--details"] if output in ("table", "markdown") else [])]

    def printed(*more: str) -> str:
        run = cli("review", plans, *options, *more)
        assert run.code == 0
        text = run.stdout
        if output == "json":
            data = json.loads(text)
            del data["round"]["created"]
            text = json.dumps(data)
        return text

    uncached = printed("--no-cache")
    assert cache_files() == []
    cold = printed()
    assert len(cache_files("checklists")) == 1 and len(cache_files(REVIEWS)) == 4
    assert printed() == cold == uncached


WARM = """\
import sys
from sipcheck.cli.app import main
sys.argv = ["sipcheck", "review", sys.argv[1], "--format", "json"]
try:
    main()
finally:
    print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def test_a_warm_review_reads_no_checklist_and_imports_no_reader_or_rule(plans):
    """What makes a warm review quick: the checklist and every plan's entry come from the
    cache, so neither the checklist's validation nor the readers, sections, engine or rules
    are even imported."""
    def modules() -> set[str]:
        run = subprocess.run([sys.executable, "-c", WARM, str(plans)], capture_output=True,
                             text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})
        assert run.returncode == 0, run.stderr
        return set(run.stderr.split())

    assert "sipcheck.engine" in modules()  # cold: everything is read and judged
    warm = modules()
    assert {"sipcheck.rounds", "sipcheck.checklist.kept"} <= warm
    assert not {"jsonschema", "sipcheck.checklist.loader", "sipcheck.engine",
                "sipcheck.sections", "sipcheck.rules", "sipcheck.privacy", "sipcheck.vocabulary",
                "sipcheck.parallel", "concurrent.futures.process",
                "sipcheck.documents.pdf_reader", "sipcheck.documents.docx_reader",
                "pypdfium2", "lxml"} & warm
