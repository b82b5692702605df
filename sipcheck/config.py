"""The project configuration: `sipcheck.toml`, or `[tool.sipcheck]` in `pyproject.toml`.

A project (a county's quality work, a clinic's) keeps its settings beside its plans and
rounds, found the way ruff and yamllint find theirs: from the current folder upwards, the
first folder with a `sipcheck.toml`, or a `pyproject.toml` with a `[tool.sipcheck]`
table, is the project. What it can say:

    checklist = "checklistor/vastmanland.yaml"   # the default checklist (or a bundled name)
    lang = "sv"                                  # the default language of the output
    rounds = "omgangar"                          # where round files are kept

    [units]                                      # a unit's folder name, and its name
    koping = "Köping"

Paths are relative to the file's folder. Every setting remembers where it was written
(file and line), so `sipcheck config` can say where each value came from. A file that
cannot be read or holds an unknown key is an error naming the file, the line and what
to write instead; nothing is guessed.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from sipcheck.text import SipcheckError, Text

FILE = "sipcheck.toml"
PYPROJECT = "pyproject.toml"
KEYS = ("checklist", "lang", "rounds", "units")
LANGS = ("sv", "en")


@dataclass
class ProjectConfig:
    """The settings of one configuration file, with the line each was written on."""

    file: Path | None = None
    checklist: str | None = None
    lang: str | None = None
    rounds: Path | None = None
    units: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # "lang", "units.koping" -> line

    def where(self, key: str) -> str:
        """'sipcheck.toml:3' for the setting `key`."""
        line = self.lines.get(key)
        return f"{self.file}:{line}" if line else str(self.file)


def find(start: Path | None = None) -> Path | None:
    """The nearest `sipcheck.toml`, or `pyproject.toml` with `[tool.sipcheck]`, from
    `start` (the current folder) upwards; None when there is none."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / FILE
        if own.is_file():
            return own
        shared = candidate / PYPROJECT
        if shared.is_file() and _has_tool_table(shared):
            return shared
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*sipcheck\s*[.\]]", text, re.M) is not None


def load(start: Path | None = None) -> ProjectConfig:
    """The configuration in force in `start` (the current folder), or an empty one."""
    path = find(start)
    if path is None:
        return ProjectConfig()
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SipcheckError(Text(f"{path} kan inte läsas ({exc.__class__.__name__}). Spara den "
                                 "som UTF-8 text, eller ta bort den.",
                                 f"{path} cannot be read ({exc.__class__.__name__}). Save it as "
                                 "UTF-8 text, or remove it.")) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+), column (\d+)", str(exc))
        place = f"{path}:{found.group(1)}:{found.group(2)}" if found else str(path)
        raise SipcheckError(Text(
            f"{place}: filen är inte giltig TOML. Skriv en inställning per rad som "
            'namn = "värde" och enheternas namn under [units], t.ex. koping = "Köping".',
            f"{place}: the file is not valid TOML. Write one setting per line as "
            'name = "value" and the units\' names under [units], e.g. koping = "Köping".'),
        ) from exc
    table = data.get("tool", {}).get("sipcheck", {}) if path.name == PYPROJECT else data
    prefix = "tool.sipcheck" if path.name == PYPROJECT else ""
    return _read(table, path, _line_numbers(text, prefix))


def _line_numbers(text: str, prefix: str) -> dict[str, int]:
    """The line of every `key = …` by its dotted name below `prefix` ("units.koping")."""
    found: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            table = header.group(1).replace(" ", "")
            continue
        key = re.match(r"""\s*("[^"]*"|'[^']*'|[\w-]+)\s*=""", line)
        if key:
            name = key.group(1).strip("\"'")
            dotted = f"{table}.{name}" if table else name
            if prefix:
                if not dotted.startswith(prefix + "."):
                    continue
                dotted = dotted[len(prefix) + 1:]
            found.setdefault(dotted, number)
            if table == (f"{prefix}.units" if prefix else "units"):
                found.setdefault("units", number - 1)
    return found


def _read(table: dict, path: Path, lines: dict[str, int]) -> ProjectConfig:
    config = ProjectConfig(file=path, lines=lines)
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, 1)
            hint_sv = f" Menade du «{close[0]}»?" if close else ""
            hint_en = f" Did you mean '{close[0]}'?" if close else ""
            raise _wrong(config, key, Text(
                f"okänd inställning «{key}».{hint_sv} Inställningarna är: {', '.join(KEYS)}.",
                f"unknown setting '{key}'.{hint_en} The settings are: {', '.join(KEYS)}."))
    if "checklist" in table:
        name = _text(config, "checklist", table["checklist"])
        if name.endswith((".yaml", ".yml")) and not Path(name).is_absolute():
            name = str(path.parent / name)  # a file, beside the configuration
        config.checklist = name
    if "lang" in table:
        lang = _text(config, "lang", table["lang"])
        if lang not in LANGS:
            raise _wrong(config, "lang", Text(f'lang ska vara "sv" eller "en", inte «{lang}».',
                                              f"lang must be \"sv\" or \"en\", not '{lang}'."))
        config.lang = lang
    if "rounds" in table:
        config.rounds = path.parent / _text(config, "rounds", table["rounds"])
    if "units" in table:
        units = table["units"]
        if not isinstance(units, dict):
            raise _wrong(config, "units", Text(
                'units ska vara en tabell: [units] med en rad per enhet, t.ex. koping = "Köping".',
                'units must be a table: [units] with a line per unit, e.g. koping = "Köping".'))
        config.units = {str(unit): _text(config, f"units.{unit}", name)
                        for unit, name in units.items()}
    return config


def _text(config: ProjectConfig, key: str, value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _wrong(config, key, Text(f'{key} ska vara en text inom citattecken, t.ex. '
                                       f'{key.split(".")[-1]} = "…".',
                                       f'{key} must be a text in quotes, e.g. '
                                       f'{key.split(".")[-1]} = "…".'))
    return value.strip()


def _wrong(config: ProjectConfig, key: str, message: Text) -> SipcheckError:
    return SipcheckError(Text(f"{config.where(key)}: {message.sv}",
                              f"{config.where(key)}: {message.en}"))
