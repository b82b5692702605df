"""The settings a command runs with, and where each came from.

The command line comes first, then the environment (`SIPCHECK_LANG`), then the project's
configuration (`sipcheck.config`: `sipcheck.toml` or `[tool.sipcheck]`, found from the
current folder upwards), then sipcheck's defaults. Here too: round files named by name
alone are looked for in the project's round folder, and the project's unit names are laid
over the names a round file recorded, so every report shows "Köping", not "koping".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sipcheck.cli.output import state
from sipcheck.text import SipcheckError, Text

DEFAULT_CHECKLIST = "kvalitetskollen"


@dataclass(frozen=True)
class Setting:
    name: str
    value: str
    source: Text  # where it came from


def project():
    """The project configuration in force here (empty when there is none)."""
    from sipcheck import config

    return config.load()


def use_lang(chosen) -> str:
    """The output language: `--lang` (also before the command's name) or SIPCHECK_LANG
    (Typer reads both into `chosen`), else the project's `lang`, else Swedish. Remembered
    for the error messages of `main`."""
    given = state.get("given_lang") if state.get("given_lang") else chosen
    lang = str(given) if given is not None else (project().lang or "sv")
    state["lang"] = lang
    return lang


def checklist_name(chosen: str | None) -> str:
    """`--checklist`, else the project's checklist, else kvalitetskollen."""
    return chosen or project().checklist or DEFAULT_CHECKLIST


def round_file(path: Path) -> Path:
    """A round file as given, or, named by name alone (`2024-09` or `2024-09.json`) and not
    in the current folder, the one in the project's round folder."""
    if path.exists() or len(path.parts) != 1:
        return path
    folder = project().rounds
    if folder is None:
        return path
    for candidate in (folder / path, folder / f"{path}.json"):
        if candidate.exists():
            return candidate
    there = ", ".join(found.stem for found in all_rounds()) or "–"
    raise SipcheckError(Text(f"Omgången {path} finns varken här eller i {folder}. Omgångarna "
                             f"där: {there}.",
                             f"The round {path} is neither here nor in {folder}. The rounds "
                             f"there: {there}."))


def save_path(path: Path) -> Path:
    """Where `--save NAME` writes: a name alone goes into the project's round folder."""
    folder = project().rounds
    if folder is None or len(path.parts) != 1:
        return path
    return folder / (path if path.suffix else path.with_suffix(".json"))


def all_rounds() -> list[Path]:
    """Every round file in the project's round folder (none without one)."""
    folder = project().rounds
    if folder is None or not folder.is_dir():
        return []
    return sorted(folder.glob("*.json"))


def load(path: Path) -> dict:
    """A round file (`round_file`) with the project's unit names laid over its own."""
    from sipcheck.rounds import load_round

    data = load_round(round_file(path))
    return name_units(data)


def name_units(round_data: dict) -> dict:
    """The project's unit names over those the round recorded (from plans.csv)."""
    names = project().units
    if names:
        units = {plan.get("unit") for plan in round_data["plans"]} - {None}
        round_data["unit_names"] = {**round_data.get("unit_names", {}),
                                    **{unit: name for unit, name in names.items()
                                       if unit in units}}
    return round_data


def settings() -> list[Setting]:
    """Every setting in force here, with its source, for `sipcheck config`."""
    found = project()

    def source(key: str) -> Text:
        return Text(f"{found.where(key)}", f"{found.where(key)}")

    default = Text("standard", "default")
    env = os.environ.get("SIPCHECK_LANG")
    out = [Setting("config", str(found.file) if found.file else "–",
                   Text("sökt från den här mappen och uppåt",
                        "looked for from this folder upwards"))]
    out.append(Setting("checklist", found.checklist or DEFAULT_CHECKLIST,
                       source("checklist") if found.checklist else default))
    if env:
        out.append(Setting("lang", env, Text("miljövariabeln SIPCHECK_LANG",
                                             "the environment variable SIPCHECK_LANG")))
    else:
        out.append(Setting("lang", found.lang or "sv", source("lang") if found.lang else default))
    out.append(Setting("rounds", str(found.rounds) if found.rounds else "–",
                       source("rounds") if found.rounds else
                       Text("ingen: ange omgångsfilerna med sökväg",
                            "none: give round files with their path")))
    for unit, name in found.units.items():
        out.append(Setting(f"units.{unit}", name, source(f"units.{unit}")))
    return out
