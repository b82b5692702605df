"""Where a checklist's text comes from: a bundled checklist by name, a file, or the parent
an `extends` names (a bundled name, or a path relative to the child's file).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from sipcheck.text import SipcheckError, Text

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Source:
    name: str            # as shown in messages: "kvalitetskollen.yaml", "lan/county.yaml"
    text: str
    key: str             # identity, to find cycles
    folder: Path | None  # where relative `extends` paths start; None for bundled


def bundled_names() -> list[str]:
    return sorted(p.name[:-5] for p in files("sipcheck.checklists").iterdir()
                  if p.name.endswith(".yaml"))


def bundled_source(name: str) -> Source:
    text = (files("sipcheck.checklists") / f"{name}.yaml").read_text("utf-8")
    return Source(f"{name}.yaml", text, f"bundled:{name}", None)


class TooBig(ValueError):
    """A checklist file over yaml_limits.MAX_BYTES, refused before it is read."""


def file_source(path: Path, name: str | None = None) -> Source:
    """Raises OSError, UnicodeDecodeError or TooBig for a file that cannot be read."""
    from sipcheck.checklist.yaml_limits import MAX_BYTES, too_big  # imports PyYAML

    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TooBig(too_big(size))
    return Source(name or str(path), path.read_text("utf-8-sig"), str(path.resolve()),
                  path.parent)


def parent_source(value: str, child: Source) -> Source | Text:
    """The checklist `extends: value` names, or why there is none."""
    if value in bundled_names():
        return bundled_source(value)
    names = ", ".join(bundled_names())
    if child.folder is None:
        return Text(f"extends: «{value}» är ingen inbyggd checklista ({names}).",
                    f"extends: '{value}' is not a bundled checklist ({names}).")
    path = child.folder / value
    shown = os.path.normpath(os.path.join(os.path.dirname(child.name), value))
    if not path.is_file():
        from sipcheck.checklist.problems import suggestion  # (and YAML) only for this message

        hint_sv, hint_en = suggestion(value, bundled_names(), "sv"), suggestion(
            value, bundled_names(), "en")
        return Text(f"extends: checklistan «{value}» finns inte (letade efter {shown}).{hint_sv} "
                    f"Ange en inbyggd checklista ({names}) eller en sökväg relativ till den här "
                    "filen.",
                    f"extends: the checklist '{value}' does not exist (looked for {shown})."
                    f"{hint_en} Give a bundled checklist ({names}) or a path relative to this "
                    "file.")
    if path.suffix.lower() not in YAML_SUFFIXES:  # never read (and echo) any other file
        return Text(f"extends: «{value}» är ingen checklista: ange en inbyggd checklista "
                    f"({names}) eller en .yaml-fil.",
                    f"extends: '{value}' is not a checklist: give a bundled checklist ({names}) "
                    "or a .yaml file.")
    try:
        return file_source(path, shown)
    except TooBig as exc:
        sv, en = exc.args[0]
        return Text(f"extends: {shown}: {sv}", f"extends: {shown}: {en}")
    except (OSError, UnicodeDecodeError) as exc:
        return Text(f"extends: {shown} kan inte läsas ({_reason(exc).sv}).",
                    f"extends: {shown} cannot be read ({_reason(exc).en}).")


def _reason(exc: Exception) -> Text:
    """Why a file could not be read, without any of its content."""
    if isinstance(exc, UnicodeDecodeError):
        return Text("inte UTF-8-text", "not UTF-8 text")
    reason = (exc.strerror if isinstance(exc, OSError) else None) or type(exc).__name__
    return Text(reason, reason)


def open_source(name_or_path: str) -> Source:
    """A bundled checklist by name, or a file; SipcheckError when there is none."""
    if name_or_path in bundled_names():
        return bundled_source(name_or_path)
    path = Path(name_or_path)
    if not path.is_file():
        names = ", ".join(bundled_names())
        raise SipcheckError(
            Text(f"Checklistan «{name_or_path}» finns inte. Ange en inbyggd checklista ({names}) "
                 "eller sökvägen till en .yaml-fil.",
                 f"The checklist '{name_or_path}' does not exist. Give a bundled checklist "
                 f"({names}) or the path to a .yaml file."))
    try:
        return file_source(path)
    except TooBig as exc:
        sv, en = exc.args[0]
        raise SipcheckError(Text(f"{path}: {sv}", f"{path}: {en}")) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SipcheckError(Text(f"{path}: checklistan kan inte läsas ({_reason(exc).sv}).",
                                 f"{path}: the checklist cannot be read ({_reason(exc).en}).")
                            ) from exc
