"""Where each anonymised copy goes: the same relative path under the output folder.

A file name can hold personal data too ("sip-19121212-1212.docx", "karin-lindqvist.md"),
so every part of the path passes the scanner and the `--name` forms (in any case, as file
names are often written in lower case) and gets the kind in brackets, without a number:
"sip-[personnummer].docx". Two names that become one are told apart by " (2)". A PDF's
copy is a Word document ("sip-03.pdf" -> "sip-03.docx"). A folder's `plans.csv` comes along
with the copies' names in it (`manifests`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from sipcheck import privacy
from sipcheck.anonymize import names
from sipcheck.anonymize.replacer import WORDS
from sipcheck.discover import MANIFEST, PlanFile, read_manifest
from sipcheck.text import SipcheckError, Text

COPY_SUFFIX = {".pdf": ".docx"}


def anonymous_name(text: str, persons: Iterable[str] = ()) -> str:
    """A file or folder name with its personal data replaced by the kind."""
    for match in reversed(privacy.find(text)):
        text = f"{text[:match.start]}[{WORDS[match.kind]}]{text[match.end:]}"
    forms = sorted({form for person in persons for form in names.forms(person)}, key=len,
                   reverse=True)
    if forms:
        pattern = "|".join(r"[\s_.-]+".join(map(re.escape, re.split(r"[\s.]+", form.strip(".")))
                                            ) for form in forms)
        text = re.sub(rf"(?<![^\W_])(?:{pattern})(?![^\W_])", f"[{WORDS['namn']}]", text,
                      flags=re.IGNORECASE)
    return text


def copy_paths(plan_files: list[PlanFile], out: Path, persons: Iterable[str] = ()
               ) -> list[tuple[str, Path]]:
    """For each plan, its copy's path relative to `out` ("/"-separated) and in full."""
    persons = list(persons)
    taken: set[str] = set()
    found = []
    for plan in plan_files:
        folders, _, name = plan.file.rpartition("/")
        stem, dot, suffix = name.rpartition(".")
        suffix = COPY_SUFFIX.get(f".{suffix.lower()}", f".{suffix}") if dot else ""
        stem = anonymous_name(stem if dot else name, persons)
        folders = "/".join(anonymous_name(part, persons) for part in folders.split("/") if part)
        base = f"{folders}/{stem}" if folders else stem
        relative, number = f"{base}{suffix}", 1
        while relative.casefold() in taken:
            number += 1
            relative = f"{base} ({number}){suffix}"
        taken.add(relative.casefold())
        found.append((relative, out.joinpath(*relative.split("/"))))
    return found


def check_places(sources: list[Path], out: Path, plan_files: list[PlanFile],
                 copies: list[Path]) -> None:
    """Refuses an output folder inside a source folder (the next run would take the copies
    for plans) and any copy that would land on an original."""
    target = out.resolve()
    for source in sources:
        folder = source.resolve()
        if source.is_dir() and (target == folder or folder in target.parents):
            raise SipcheckError(Text(
                f"Utmappen {out} ligger i {source}: välj en mapp utanför planerna, t.ex. "
                f"{folder.parent / (folder.name + '-anonymiserade')}.",
                f"The output folder {out} is inside {source}: choose a folder outside the "
                f"plans, e.g. {folder.parent / (folder.name + '-anonymised')}."))
    originals = {plan.path.resolve() for plan in plan_files}
    for copy in copies:
        if copy.resolve() in originals:
            raise SipcheckError(Text(
                f"Kopian {copy} skulle skriva över originalet: välj en annan utmapp.",
                f"The copy {copy} would overwrite the original: choose another output folder."))


def manifests(sources: list[Path], out: Path, plan_files: list[PlanFile],
              copies: list[tuple[str, Path]], persons: Iterable[str] = ()) -> dict[Path, str]:
    """The `plans.csv` of each source folder that has one, for its copies: the files named
    as their copies, units and ids without personal data, dates kept. {path: text}."""
    renamed = {plan.file: relative for plan, (relative, _) in zip(plan_files, copies,
                                                                   strict=True)}
    found: dict[Path, str] = {}
    for source in sources:
        if not source.is_dir() or not (source / MANIFEST).is_file():
            continue
        prefix = f"{source.resolve().name}/" if len(sources) > 1 else ""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["file", "unit", "date", "id"])
        for file, row in read_manifest(source).items():
            if (relative := renamed.get(prefix + file)) is not None:
                writer.writerow([relative[len(prefix):],
                                 anonymous_name(row.get("unit", ""), persons),
                                 row.get("date", ""), anonymous_name(row.get("id", ""), persons)])
        found[out.joinpath(*prefix.split("/"), MANIFEST)] = buffer.getvalue()
    return found
