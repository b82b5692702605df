"""A cache of work already done, keyed by what the work depends on.

Reading a PDF or a .docx is most of the cost of a review, and a county re-reviews the same
plans again and again. So two kinds of results are kept as small JSON files in the user's
cache directory (`SIPCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/sipcheck`, else
`~/.cache/sipcheck`):

- `documents/`: the `Document` a reader made of a file, with every piece of personal data
  masked ("[personnummer]") and its hidden parts left out, and the findings of the privacy
  scan (kind and place, never a value). No unmasked plan text is ever written to the
  cache, and a cached review equals an uncached one because the review always reads the
  masked document. Keyed by the sha256 of the file's bytes, its suffix (which picks the
  reader) and `reader_version()` (the reader and privacy sources, the name lists and the
  libraries they use). A changed file has other bytes and so another key: nothing stale
  is ever found.
- `reviews/`: one plan's entry in the round, keyed by the document key, the checklist's
  sha256, the language, the plan's path/id/file/unit/date and `review_version()` (every source
  file of sipcheck), so a changed rule, checklist or review step is never hidden either.

Entries are written atomically (a temporary file, then `os.replace`), so two reviews may
run at once; an entry that is missing, partial or corrupt is a miss, never an error; and
a cache that cannot be written (read-only home, full disk) only means no cache. Documents
are stored as plain JSON (`document_to_dict`/`document_from_dict`), never pickled.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import MISSING, fields, replace
from functools import cache
from pathlib import Path

from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, Status

FORMAT = "sipcheck-cache/2"  # bump when the layout of an entry changes
PACKAGE = Path(__file__).resolve().parent
# Third-party code the readers depend on: a new version may read a file differently.
# Readers import nothing else outside the standard library and sipcheck.documents (a test
# holds them to it), so these and sipcheck/documents/*.py are all a Document depends on.
READER_LIBRARIES = ("pypdfium2", "pdfplumber", "pdfminer", "lxml", "regex")
DOCUMENTS, REVIEWS = "documents", "reviews"


def cache_dir() -> Path:
    """Where the cache lives; `SIPCHECK_CACHE_DIR` wins (tests and CI use it)."""
    explicit = os.environ.get("SIPCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "sipcheck"


def _hash_files(digest, paths: list[Path], root: Path) -> None:
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")


@cache
def reader_version() -> str:
    """The readers' identity: sipcheck/documents/*.py, the versions of the libraries they
    read with (their installed files' size and time), the Python version and FORMAT.
    Computed once per process."""
    import importlib.util

    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    _hash_files(digest, list((PACKAGE / "documents").glob("*.py")), PACKAGE)
    # The cache keeps documents masked: the privacy scan and its name lists count too.
    _hash_files(digest, [p for p in (PACKAGE / "privacy").iterdir() if p.suffix in (".py", ".txt")],
                PACKAGE)
    for name in READER_LIBRARIES:
        with contextlib.suppress(ImportError, ValueError, OSError):
            spec = importlib.util.find_spec(name)
            origin = Path(spec.origin) if spec and spec.origin else None
            if origin is not None:
                stat = origin.stat()
                digest.update(f"{name} {origin} {stat.st_size} {stat.st_mtime_ns}".encode())
    return digest.hexdigest()


@cache
def review_version() -> str:
    """The identity of everything that turns a Document into a round entry: every source
    and data file of the sipcheck package (rules, sections, engine, vocabulary, language,
    review, checklist building, ...) plus the readers' identity. Computed once per process.

    Deliberately broad: a changed file anywhere in sipcheck makes the next review cold once,
    and no module can be forgotten from a list."""
    digest = hashlib.sha256(reader_version().encode())
    files = [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and p.suffix not in (".pyc", ".pyo")]
    _hash_files(digest, files, PACKAGE)
    return digest.hexdigest()


def file_digest(path: Path) -> str | None:
    """sha256 of the file's bytes, or None when it cannot be read (then nothing is cached)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def document_key(path: Path) -> str | None:
    """The key of the Document read from `path`, or None when the file cannot be read."""
    content = file_digest(path)
    if content is None:
        return None
    return _key(reader_version(), path.suffix.lower(), content)


def review_key(document: str, checklist_sha256: str, lang: str, plan_file: object) -> str:
    """The key of one plan's round entry. Every field of the `PlanFile` (path, file, id,
    unit, date, ...) is part of it: the entry names the plan, so a moved or renamed plan
    is reviewed again (from its cached Document)."""
    described = [f"{field.name}={getattr(plan_file, field.name)!r}"
                 for field in fields(plan_file)]
    return _key(review_version(), document, checklist_sha256, lang, *described)


def _key(*parts: str | None) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """Cache entries under `root`: `get(kind, key)` and `put(kind, key, data)` of JSON data.

    Never raises for a bad entry or a file system problem; a Store that cannot write (no
    room, no permission) stops trying and only reads."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir()
        self.writable = True
        self._folders: set[Path] = set()

    def path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key[2:]}.json"

    def get(self, kind: str, key: str):
        """The data stored for `key`, or None (missing, partial, corrupt, unreadable)."""
        try:
            entry = json.loads(self.path(kind, key).read_bytes())
        except (OSError, ValueError):  # ValueError: bad JSON or bad UTF-8
            return None
        if (not isinstance(entry, dict) or entry.get("format") != FORMAT
                or entry.get("key") != key or "data" not in entry):
            return None
        return entry["data"]

    def put(self, kind: str, key: str, data) -> None:
        """Store `data` atomically; a concurrent writer of the same key writes the same
        bytes, and the last `os.replace` wins."""
        if not self.writable:
            return
        target = self.path(kind, key)
        try:
            text = json.dumps({"format": FORMAT, "key": key, "data": data},
                              ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError):  # not plain JSON data: do not cache it
            return
        try:
            handle, temporary = self._temporary(target.parent)
        except OSError:
            self.writable = False  # read-only or full: go on without a cache
            return
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(text.encode("utf-8"))
            os.replace(temporary, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def _temporary(self, folder: Path) -> tuple[int, str]:
        if folder not in self._folders:  # one mkdir per folder and Store, not per entry
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        try:
            return tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        except FileNotFoundError:  # the cache was removed meanwhile: make the folder again
            folder.mkdir(parents=True, exist_ok=True)
            return tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")

    def get_document(self, key: str, path: Path) -> tuple[Document, list[dict]] | None:
        """The masked Document stored for `key` and its personal-data findings (kinds and
        places), or None."""
        data = self.get(DOCUMENTS, key)
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            return None
        try:
            document = document_from_dict(data["document"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        document.path = str(path)  # the same bytes may have been cached from another path
        return document, data["findings"]

    def put_document(self, key: str, document: Document, findings: list[dict]) -> None:
        """Stores a Document whose personal data is already masked, with the findings."""
        nameless = replace(document, path="")  # a folder's name can be personal data too
        self.put(DOCUMENTS, key, {"document": document_to_dict(nameless), "findings": findings})


# --- Document <-> JSON ------------------------------------------------------------------
# Generic over the dataclass fields, so a new field of plain data (str, int, float, bool,
# None, lists, tuples, dicts with str keys) in the model is carried without a change here;
# the fields that hold model objects are converted by name below. A value that is not plain
# data makes `put` skip the entry (json.dumps fails), so nothing wrong is ever cached.

_TUPLE = "__tuple__"  # a tuple is stored as {"__tuple__": [...]} so it comes back a tuple


def _dump(value):
    if isinstance(value, Location):
        return value.to_dict()
    if isinstance(value, Block | Cell):
        return _object_to_dict(value)
    if isinstance(value, Status | BlockKind):
        return value.value
    if isinstance(value, list):
        return [_dump(item) for item in value]
    if isinstance(value, tuple):
        return {_TUPLE: [_dump(item) for item in value]}
    if isinstance(value, dict):
        return {key: _dump(item) for key, item in value.items()}
    return value


def _plain(value):
    """Back from JSON: tuples restored, everything else as it is."""
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        if list(value) == [_TUPLE]:
            return tuple(_plain(item) for item in value[_TUPLE])
        return {key: _plain(item) for key, item in value.items()}
    return value


def _object_to_dict(obj) -> dict:
    out = {}
    for field in fields(obj):
        value = getattr(obj, field.name)
        if field.default is not MISSING:
            default = field.default
        elif field.default_factory is not MISSING:
            default = field.default_factory()
        else:
            default = MISSING
        if default is not MISSING and type(value) is type(default) and value == default:
            continue  # defaults are left out: smaller entries, faster loads
        out[field.name] = _dump(value)
    return out


def document_to_dict(document: Document) -> dict:
    """A Document as plain JSON data; `document_from_dict` gives an equal Document back."""
    return _object_to_dict(document)


def _fields(data: dict, **models) -> dict:
    return {key: models[key] if key in models else _plain(value) for key, value in data.items()}


def _cell(data: dict) -> Cell:
    return Cell(**_fields(data, location=Location.from_dict(data["location"]),
                          tables=[_block(b) for b in data.get("tables", [])]))


def _block(data: dict) -> Block:
    return Block(**_fields(data, kind=BlockKind(data["kind"]),
                           location=Location.from_dict(data["location"]),
                           rows=[[_cell(c) for c in row] for row in data.get("rows", [])]))


def document_from_dict(data: dict) -> Document:
    return Document(**_fields(data, status=Status(data.get("status", Status.OK.value)),
                              blocks=[_block(b) for b in data.get("blocks", [])],
                              hidden=[_block(b) for b in data.get("hidden", [])]))
