"""A case system's export written as JSON, read as the YAML export is.

Some systems export a plan as one JSON object: {"syfte": "…", "insatser": [{"vad": "…",
"vem": "…", "nar": "…"}], "huvudansvarig": {"funktion": "…", "enhet": ""}}. Read as text,
its braces and quotes hide the plan's parts. `json_lines` writes the object out as the
lines a YAML export has ("syfte: …", "insatser:" over "  - vad: …" and "    vem: …"), so the
text reader reads it key by key (`text_layout.yaml_fields`), each line with the number of
the line of the file its key stands on. An empty value (null, "", [], {}) is an empty
field; true and false are "ja" and "nej".
"""

from __future__ import annotations

import json


def json_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The object as YAML-like lines and, for each, its line's number in the file; None
    for a text that is not one JSON object."""
    text = "\n".join(lines).strip().lstrip("\ufeff")
    if not text.startswith("{") or not text.endswith("}"):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not data:
        return None
    out: list[tuple[str, str]] = []  # (line, what to look for in the file)
    _object(data, 0, out)
    numbers, cursor = [], 0
    for _, sought in out:
        found = next((index for index in range(cursor, len(lines)) if sought in lines[index]),
                     None)
        cursor = cursor if found is None else found
        numbers.append(cursor + 1)
    return [line for line, _ in out], numbers


def _object(data: dict, indent: int, out: list[tuple[str, str]]) -> None:
    pad = " " * indent
    for key, value in data.items():
        sought = json.dumps(key, ensure_ascii=False)
        if isinstance(value, dict) and value:
            out.append((f"{pad}{key}:", sought))
            _object(value, indent + 2, out)
        elif isinstance(value, list) and value:
            out.append((f"{pad}{key}:", sought))
            for item in value:
                _item(item, indent + 2, out)
        else:
            out.append((f"{pad}{key}: {_scalar(value)}".rstrip(), sought))


def _item(item, indent: int, out: list[tuple[str, str]]) -> None:
    pad = " " * indent
    if isinstance(item, dict) and item:
        for number, (key, value) in enumerate(item.items()):
            mark = "- " if number == 0 else "  "
            out.append((f"{pad}{mark}{key}: {_scalar(value)}".rstrip(),
                        json.dumps(key, ensure_ascii=False)))
    else:
        text = _scalar(item)
        out.append((f"{pad}- {text}".rstrip(), text[:40] or "-"))


def _scalar(value) -> str:
    if value is None or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, dict | list):
        parts = (_scalar(part) for part in (value.values() if isinstance(value, dict) else value))
        return ", ".join(part for part in parts if part)
    return " ".join(str(value).split())
