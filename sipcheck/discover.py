"""Finding the plans to review and the unit each belongs to.

A reviewer points sipcheck at a folder with one sub-folder per unit (municipality or
clinic). The unit is that first sub-folder, unless a `plans.csv` (file, unit, date) in the
folder says otherwise, for folders organised some other way; its optional `unit_name`
column gives the unit the name reports show ("Köping" for the folder `koping`).
"""

from __future__ import annotations

import csv
import os
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
    # Why this entry is not read at all (Swedish, English): a folder that cannot be listed,
    # a link out of the reviewed folder. It is listed as unreadable, like a broken file.
    refused: tuple[str, str] | None = None


UNLISTABLE = ("Mappen kan inte läsas (behörighet saknas?): planerna i den granskades inte. "
              "Be om läsrätt, eller kopiera planerna till en egen mapp.",
              "The folder cannot be read (permission denied?): its plans were not reviewed. "
              "Ask for read access, or copy the plans to a folder of your own.")
OUTSIDE = ("Länken pekar på en fil utanför mappen som granskas och följs inte. Kopiera filen "
           "in i mappen om den ska granskas.",
           "The link points to a file outside the folder being reviewed and is not followed. "
           "Copy the file into the folder if it should be reviewed.")


def _skip(path: Path) -> bool:
    """Hidden files, Word lock files (~$plan.docx) and the manifest are not plans."""
    name = path.name
    return name.startswith((".", "~$")) or name == MANIFEST


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """A folder's `plans.csv` by file ("/"-separated, relative to the folder); {} if none."""
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


def _walk(root: Path) -> tuple[list[Path], dict[Path, tuple[str, str]]]:
    """The candidate files under `root`, sorted, and why some of them are not to be read.

    A folder that cannot be listed is an entry of its own (with UNLISTABLE), never silently
    passed over. Links to folders are not followed; a link to a file outside `root`
    (/etc/passwd) is listed with OUTSIDE and never read. A link to a missing file is
    listed, and the reader reports it."""
    found: list[Path] = []
    refused: dict[Path, tuple[str, str]] = {}
    inside = os.path.realpath(root)

    def unlistable(error: OSError) -> None:
        path = Path(error.filename or root)
        found.append(path)
        refused[path] = UNLISTABLE

    for folder, folders, names in os.walk(root, onerror=unlistable):
        folders[:] = [name for name in folders if not _skip(Path(name))]
        for name in names:
            path = Path(folder, name)
            if path.suffix.lower() not in _CANDIDATE_SUFFIXES or _skip(path):
                continue
            if path.is_symlink():
                target = os.path.realpath(path)
                if os.path.exists(target) and os.path.commonpath([inside, target]) != inside:
                    refused[path] = OUTSIDE
                elif os.path.isdir(target):
                    continue
            found.append(path)
    return sorted(found), refused


def manifest_warnings(paths: list[Path]) -> list[Text]:
    """What is wrong in the plans.csv of the given folders, row by row: a file outside the
    folder or not there, a date that does not exist. The plans are reviewed all the same
    (a row that names nothing is simply not used)."""
    import datetime
    import posixpath

    warnings: list[Text] = []
    for root in paths:
        if not root.is_dir():
            continue
        for row_number, (file, row) in enumerate(read_manifest(root).items(), start=2):
            name = f"{root / MANIFEST}, rad {row_number}"
            name_en = f"{root / MANIFEST}, row {row_number}"
            normal = posixpath.normpath(file)
            if normal.startswith("../") or normal == ".." or posixpath.isabs(file):
                warnings.append(Text(f"{name}: filen {file} ligger utanför mappen och används "
                                     "inte.",
                                     f"{name_en}: the file {file} is outside the folder and is "
                                     "not used."))
            elif not (root / file).is_file():
                warnings.append(Text(f"{name}: filen {file} finns inte i mappen; kontrollera "
                                     "stavningen.",
                                     f"{name_en}: the file {file} is not in the folder; check "
                                     "the spelling."))
            date = (row.get("date") or "").strip()
            if date:
                try:
                    datetime.date.fromisoformat(date)
                except ValueError:
                    warnings.append(Text(f"{name}: datumet «{date}» finns inte; skriv "
                                         "ÅÅÅÅ-MM-DD.",
                                         f"{name_en}: the date '{date}' does not exist; write "
                                         "YYYY-MM-DD."))
    return warnings


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
        manifest = read_manifest(root)
        files, refused = _walk(root)
        for path in files:
            relative = path.relative_to(root).as_posix()
            row = manifest.get(relative, {})
            parts = relative.split("/")
            unit = (row.get("unit") or "").strip() or (parts[0] if len(parts) > 1 else None)
            plan_id = (row.get("id") or "").strip() or relative.rsplit(".", 1)[0]
            found.append(PlanFile(path, prefix + relative, prefix + plan_id, unit,
                                  (row.get("date") or "").strip() or None,
                                  (row.get("unit_name") or "").strip() or None,
                                  refused.get(path)))
    ids = [plan.id for plan in found]
    if len(ids) != len(set(ids)):  # sip-01.docx beside sip-01.pdf
        found = [PlanFile(p.path, p.file, p.file if ids.count(p.id) > 1 else p.id, p.unit,
                          p.date, p.unit_name, p.refused) for p in found]
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise SipcheckError(
            Text(f"Inga planer hittades i {shown}. sipcheck läser .docx, .pdf, .md och .txt.",
                 f"No plans found in {shown}. sipcheck reads .docx, .pdf, .md and .txt."))
    return found
