"""The starting point `sipcheck checklist init FILE` writes: a checklist that extends a
bundled one, with every way to adapt it shown as a commented block to switch on.

The blocks are kept as YAML here and commented out when written, so a test can switch
them all on and check that the result is a valid checklist whose examples pass.
"""

from __future__ import annotations

import json
import re
import unicodedata

HEAD = """\
# yaml-language-server: $schema=checklist.schema.json
#
# {title}: en egen checklista som bygger på {parent}.
#
# Allt som inte står här ärvs från {parent}: nivåer, avsnitt med rubrikvarianter,
# termlistor och alla kriterier med regler och exempel. Skriv bara det som skiljer.
# Ta bort # framför raderna i ett block nedan för att använda det.
#
# Visa det som ärvs:                 sipcheck checklist show {parent}
# Kontrollera filen (fil:rad:kolumn): sipcheck checklist validate {file}
# Kör alla exempel:                  sipcheck checklist test {file}
# Kontrolltyperna för regler:        sipcheck checklist kinds
# Hjälp och komplettering i editorn (VS Code med YAML-tillägget läser raden överst):
#                                    sipcheck checklist schema > checklist.schema.json

extends: {parent}
id: {id}
title: {title}
version: "1"
"""

# (comment, YAML to switch on)
BLOCKS = [
    ("Rubriker i er egen mall, per avsnitt. De läggs till de ärvda rubrikvarianterna.",
     """\
sections:
  purpose:
    - Vad ska planen leda till?
  follow_up:
    - När ses vi igen?
"""),
    ("Fältetiketter i er mall som inte är värden (en cell med bara en sådan är en rubrik).",
     """\
field_labels: [Handläggare, Enhet/avdelning]
"""),
    ("Byt namn på en nivå; nivåerna slås ihop per id.",
     """\
levels:
  - {id: delvis, label: Delvis, label_en: Partly}
"""),
    ("Kriterier: ett ärvt id ändrar bara de nycklar som står (rules ersätter de ärvda\n"
     "reglerna), disable: true tar bort kriteriet, och ett nytt id behöver title och\n"
     "rules, och gärna ett exempel för varje nivå.",
     """\
criteria:
  - id: uppfoljning
    weight: 2
    statutory: true

  - id: begriplighet
    disable: true

  - id: krisplan
    title: Det finns en krisplan
    title_en: There is a crisis plan
    short: Krisplan
    short_en: Crisis
    definitions:
      uppfyllt: Det står vad som görs och vem som kontaktas om det blir en kris.
      ej_uppfyllt: Ingen krisplan.
    guidance: Skriv vad som görs och vem som kontaktas om personen mår sämre.
    rules:
      - level: uppfyllt
        when: {kind: pattern, patterns: ['\\bkrisplan\\w*', '\\bom det blir (en )?kris\\b']}
    examples:
      - name: krisplan_finns
        level: uppfyllt
        plan: |
          ## Krisplan
          Om det blir en kris en helg ringer mamma BUP-akuten.
      - name: krisplan_saknas
        level: ej_uppfyllt
        plan: |
          ## Insatser
          Kurator träffar Kim en gång i veckan.
"""),
]

_FOLD = str.maketrans("åäöéü", "aaoeu")


def checklist_id(stem: str) -> str:
    """A valid checklist id from a file name: "Västmanland län" -> "vastmanland-lan"."""
    text = unicodedata.normalize("NFC", stem).lower().translate(_FOLD)
    text = re.sub(r"[^a-z0-9_-]+", "-", text).strip("-_")
    return text or "min-checklista"


def _values(file: str, stem: str, parent: str) -> dict:
    title = stem.replace("-", " ").replace("_", " ").strip() or "Min checklista"
    title = title[:1].upper() + title[1:]
    quoted = json.dumps(title, ensure_ascii=False) if re.search(r"[:#\[\]{},&*!|>'\"%@`]",
                                                                 title) else title
    return {"file": file, "id": checklist_id(stem), "title": quoted,
            "parent": parent}


def template(file: str, stem: str, parent: str = "kvalitetskollen") -> str:
    """The commented starting point."""
    parts = [HEAD.format(**_values(file, stem, parent))]
    for comment, block in BLOCKS:
        lines = [f"# {line}" for line in comment.splitlines()]
        lines += [f"# {line}" if line else "#" for line in block.rstrip("\n").splitlines()]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def template_switched_on(file: str, stem: str, parent: str = "kvalitetskollen") -> str:
    """The same checklist with every block switched on (for tests)."""
    return "\n".join([HEAD.format(**_values(file, stem, parent)),
                      *(block for _, block in BLOCKS)])
