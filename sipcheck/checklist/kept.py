"""A review's checklist kept ready in the cache folder, so a warm review does not load it.

Loading a checklist (the YAML parsed, the JSON Schema, every regular expression checked,
`extends` merged) takes longer than the rest of a warm review of hundreds of plans. So the
review keeps the validated, resolved checklist as JSON in the cache folder
(`checklists/`, beside `sipcheck.cache`'s entries), keyed by everything it is made of:

- the checklist's own text, name and identity (a bundled name or the file's full path),
- `version`: sipcheck's identity (`cache.review_version`: every file of the package, so the
  loader, the schema, the bundled checklists and `__version__` count),
- the text of every parent its `extends` names, which the entry lists by the `extends`
  values and the sha256 of their text, and which is read and compared on every load.

A changed checklist or parent, or another sipcheck, is read afresh and checked as always;
a checklist with problems is never kept, nor one that would not come back equal. The entry
is the built `Checklist` (which the county wrote, no plan's; so a warm review imports
neither the YAML nor the schema code), its `extends` values and the places of its
examples by file number: no path and no file name. It is written atomically; an entry
that is missing, damaged or cannot be written only means the checklist is loaded as usual.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from sipcheck.checklist.model import Checklist, Criterion, Example, Level, Rule
from sipcheck.checklist.sources import Source, open_source, parent_source

FORMAT = "sipcheck-checklist/1"  # bump when the layout of an entry changes
FOLDER = "checklists"


def load_checklist_kept(name_or_path: str, root: Path, version: str) -> Checklist:
    """`loader.load_checklist(name_or_path)`, from the entry under `root` when one was
    made of the same checklist, parents and sipcheck; else loaded, and kept for next time.
    Raises SipcheckError for an invalid checklist, as `load_checklist` does."""
    source = open_source(name_or_path)
    key = _sha256(json.dumps([FORMAT, version, source.key, source.name, source.text],
                             ensure_ascii=False))
    path = root / FOLDER / key[:2] / f"{key[2:]}.json"
    kept = _read(path, key, source)
    if kept is not None:
        return kept
    from sipcheck.checklist.loader import load_source

    read: list[tuple[str, Source]] = []
    checklist, resolved = load_source(source, read)
    if [found.name for _, found in read] == list(resolved.chain):  # else a parent was
        entry = _entry(key, checklist, read)  # resolved earlier in this process, unseen
        if entry is not None:
            _write(path, entry)
    return checklist


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _entry(key: str, checklist: Checklist, read: list[tuple[str, Source]]) -> dict | None:
    """What is kept, or None when it would not give the same checklist back."""
    names = [checklist.source, *checklist.extends]
    data = asdict(checklist)
    del data["source"], data["extends"]
    for criterion in data["criteria"]:
        for example in criterion["examples"]:
            if example["file"] not in names:
                return None
            example["file"] = names.index(example["file"])
    entry = {"format": FORMAT, "key": key, "checklist": data,
             "parents": [[value, _sha256(found.text)] for value, found in read]}
    try:
        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        if _checklist(json.loads(text)["checklist"], names) != checklist:
            return None
    except (TypeError, ValueError, KeyError, IndexError):
        return None
    return entry


def _checklist(data: dict, names: list[str]) -> Checklist:
    """The Checklist of an entry; `names`: the checklist's and its parents' names."""
    criteria = [Criterion(**{**criterion, "rules": [Rule(**rule) for rule in criterion["rules"]],
                             "examples": [Example(**{**example, "file": names[example["file"]]})
                                          for example in criterion["examples"]]})
                for criterion in data["criteria"]]
    return Checklist(**{**data, "levels": [Level(**level) for level in data["levels"]],
                        "criteria": criteria, "source": names[0], "extends": names[1:]})


def _read(path: Path, key: str, source: Source) -> Checklist | None:
    """The kept checklist, or None (no entry, a damaged one, or a parent whose text
    changed)."""
    try:
        entry = json.loads(path.read_bytes())
        if entry.get("format") != FORMAT or entry.get("key") != key:
            return None
        names, child = [source.name], source
        for value, digest in entry["parents"]:
            found = parent_source(value, child)
            if not isinstance(found, Source) or _sha256(found.text) != digest:
                return None
            names.append(found.name)
            child = found
        return _checklist(entry["checklist"], names)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def _write(path: Path, entry: dict) -> None:
    """Atomically (a temporary file, then `os.replace`); no room or no right: not kept."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(handle, "wb") as out:
            out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
                      .encode("utf-8"))
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
