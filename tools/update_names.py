"""Writes sipcheck/privacy/*.txt, the Swedish first names and surnames the privacy scan
looks for, from the Swedish person data that Faker ships (faker.providers.person.sv_SE).

Faker keeps that data from official statistics: the 500 most common first names of each
sex (Institutet för språk och folkminnen, Isof) and the 500 most common surnames
(Skatteverket), updated in its releases. sipcheck ships the lists as text instead of
depending on Faker at run time (2 MB and every locale, for 15 kB of names); run this again
after `pip install -U faker` to take a newer release's lists:

    pip install faker && python tools/update_names.py
"""

from __future__ import annotations

from pathlib import Path

import faker
from faker.providers.person.sv_SE import Provider

TARGET = Path(__file__).resolve().parents[1] / "sipcheck" / "privacy"
HEADER = (
    "# {what}, from Faker {version} (faker.providers.person.sv_SE, MIT licence,\n"
    "# Copyright (c) 2012 Daniele Faraglia), which takes them from {source}.\n"
    "# Written by tools/update_names.py; one name a line.\n")


def write(name: str, names, what: str, source: str) -> None:
    unique = sorted({n.strip() for n in names if n.strip()}, key=str.casefold)
    text = HEADER.format(what=what, version=faker.VERSION, source=source) + "\n".join(unique)
    (TARGET / name).write_text(text + "\n", encoding="utf-8")
    print(f"{name}: {len(unique)} names")


if __name__ == "__main__":
    TARGET.mkdir(exist_ok=True)
    write("first_names.txt", [*Provider.first_names_female, *Provider.first_names_male],
          "The most common Swedish first names", "Isof's name statistics (top 500 per sex)")
    write("surnames.txt", Provider.last_names, "The most common Swedish surnames",
          "Skatteverket's name statistics (top 500)")
