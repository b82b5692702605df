"""Finding the plans to review and the unit each belongs to.

A reviewer points sipcheck at a folder with one sub-folder per unit (municipality or
clinic). The unit is that first sub-folder, unless a `plans.csv` (file, unit, date) in the
folder says otherwise, for folders organised some other way; its optional `unit_name`
column gives the unit the name reports show ("Köping" for the folder `koping`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sipcheck.documents import SUPPORTED_SUFFIXES, UNSUPPORTED_SUFFIXES
from sipcheck.text import SipcheckError, Text

MANIFEST = "plans.csv"
_CANDIDATE_SUFFIXES = set(SUPPORTED_SUFFIXES) | set(UNSUPPORTED_SUFFIXES)


@dataclass(frozen=True)
class PlanFile:
    path: Path
    file: str  # relative to the reviewed folder, "/"-separated
    id: str
    unit: str | None
    date: str | None
    unit_name: str | None = None  # the unit's name in reports ("Köping"), from plans.csv


def _skip(path: Path) -> bool:
    """Hidden files, Word lock files (~$plan.docx) and the manifest are not plans."""
    name = path.name
    return name.startswith((".", "~$")) or name == MANIFEST


def _read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return {}
    try:
        text = manifest.read_text("utf-8-sig")
    except UnicodeDecodeError:
        text = manifest.read_text("cp1252")
    lines = [line for line in text.splitlines() if line.strip()]
    header = lines[0] if lines else ""
    delimiter = max(";,\t", key=header.count) if any(c in header for c in ";,\t") else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    rows = list(reader)
    if "file" not in [name.strip() for name in reader.fieldnames or []]:
        raise SipcheckError(
            Text(f"{manifest}: första raden ska vara rubrikerna file, unit, date (kolumnen file "
                 "saknas).",
                 f"{manifest}: the first row must hold the headers file, unit, date (no file "
                 "column)."))
    rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items() if k} for row in rows]
    return {row["file"].replace("\\", "/"): row for row in rows if row.get("file")}


def discover(paths: list[Path]) -> list[PlanFile]:
    """Every plan file under the given paths, sorted, with unit and date."""
    found: list[PlanFile] = []
    # With several folders, a plan's file and id start with its folder's name, so
    # 2024-02/arboga/sip-01 and 2024-09/arboga/sip-01 stay apart.
    several = len(paths) > 1
    for root in paths:
        if not root.exists():
            raise SipcheckError(Text(f"{root} finns inte. Ange en mapp eller fil med planer.",
                                     f"{root} does not exist. Give a folder or a file of plans."))
        if root.is_file():
            found.append(PlanFile(root, root.name, root.stem, None, None))
            continue
        prefix = f"{root.resolve().name}/" if several else ""
        manifest = _read_manifest(root)
        # A link to a missing file is listed (and reported), not silently passed over.
        files = sorted(p for p in root.rglob("*")
                       if p.suffix.lower() in _CANDIDATE_SUFFIXES
                       and (p.is_file() or (p.is_symlink() and not p.exists()))
                       and not any(_skip(part) for part in p.relative_to(root).parents
                                   if part.name) and not _skip(p))
        for path in files:
            relative = path.relative_to(root).as_posix()
            row = manifest.get(relative, {})
            parts = relative.split("/")
            unit = (row.get("unit") or "").strip() or (parts[0] if len(parts) > 1 else None)
            plan_id = (row.get("id") or "").strip() or relative.rsplit(".", 1)[0]
            found.append(PlanFile(path, prefix + relative, prefix + plan_id, unit,
                                  (row.get("date") or "").strip() or None,
                                  (row.get("unit_name") or "").strip() or None))
    ids = [plan.id for plan in found]
    if len(ids) != len(set(ids)):  # sip-01.docx beside sip-01.pdf
        found = [PlanFile(p.path, p.file, p.file if ids.count(p.id) > 1 else p.id, p.unit,
                          p.date, p.unit_name) for p in found]
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise SipcheckError(
            Text(f"Inga planer hittades i {shown}. sipcheck läser .docx, .pdf, .md och .txt.",
                 f"No plans found in {shown}. sipcheck reads .docx, .pdf, .md and .txt."))
    return found
