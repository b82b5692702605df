"""The per-file report of an anonymisation: kinds and counts, never a value.

One line per file for the terminal, and `anonymisering.csv` in the output folder, one row
per file, to keep with the round: what was replaced (per kind), what was taken out
(comments, tracked changes, images, properties) and what the check of the copy still
found. File names in it are the copies' names, with their own personal data replaced.
"""

from __future__ import annotations

import csv
import io

from sipcheck import privacy
from sipcheck.anonymize.files import Outcome
from sipcheck.text import Text
from sipcheck.text.numbers import counted

REPORT_NAME = "anonymisering.csv"


def replaced(outcome: Outcome, lang: str) -> str:
    """'2 personnummer, 3 namn' or 'inga personuppgifter'."""
    kinds = outcome.kinds
    if not kinds:
        return Text("inga personuppgifter", "no personal data").pick(lang)
    return ", ".join(f"{kinds[kind]} {privacy.KINDS[kind].pick(lang)}"
                     for kind in privacy.KINDS if kinds[kind])


def cleaned(outcome: Outcome, lang: str) -> list[str]:
    """What was taken out besides the text: '1 kommentar borttagen', …"""
    done = outcome.cleaned
    said = []
    if done.comments:
        said.append(counted(done.comments, Text("kommentar borttagen", "comment removed"),
                            Text("kommentarer borttagna", "comments removed"), lang))
    if done.changes:
        said.append(counted(done.changes,
                            Text("spårad ändring godkänd", "tracked change accepted"),
                            Text("spårade ändringar godkända", "tracked changes accepted"),
                            lang))
    if done.images:
        said.append(counted(done.images, Text("bild borttagen", "image removed"),
                            Text("bilder borttagna", "images removed"), lang))
    if done.properties:
        said.append(Text("dokumentegenskaper rensade", "document properties cleared").pick(lang))
    return said


def remaining(outcome: Outcome, lang: str) -> str:
    """'1 personnummer (sidhuvud)': what the check of the copy still found."""
    return ", ".join(f"{privacy.KINDS[kind].pick(lang)} ({place.pick(lang)})"
                     for kind, place in outcome.remaining)


def line(outcome: Outcome, lang: str) -> str:
    """One file in a sentence: 'koping/sip-01.docx → …: 2 namn; 1 bild borttagen'."""
    said = "; ".join([replaced(outcome, lang), *cleaned(outcome, lang)])
    arrow = f"{outcome.source} → {outcome.target}"
    if outcome.note is not None:
        said += f" ({outcome.note.pick(lang)})"
    return f"{arrow}: {said}"


_COLUMNS = [Text("fil", "file"), Text("kopia", "copy"), Text("format", "format"),
            *privacy.KINDS.values(),
            Text("kommentarer borttagna", "comments removed"),
            Text("spårade ändringar godkända", "tracked changes accepted"),
            Text("bilder borttagna", "images removed"),
            Text("egenskaper rensade", "properties cleared"),
            Text("kvar efter kontroll", "remaining after the check"),
            Text("anmärkning", "note")]


def report_csv(outcomes: list[Outcome], lang: str) -> str:
    """The report as CSV: `;` in Swedish (Excel's list separator there), `,` in English."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang != "en" else ",", lineterminator="\n")
    writer.writerow([column.pick(lang) for column in _COLUMNS])
    yes, no = Text("ja", "yes").pick(lang), Text("nej", "no").pick(lang)
    for outcome in outcomes:
        kinds, done = outcome.kinds, outcome.cleaned
        problem = outcome.problem.pick(lang) if outcome.problem else ""
        note = outcome.note.pick(lang) if outcome.note else ""
        writer.writerow([
            outcome.source, "" if outcome.problem else outcome.target, outcome.format,
            *(kinds[kind] for kind in privacy.KINDS), done.comments, done.changes,
            done.images, yes if done.properties else no, remaining(outcome, lang),
            problem or note])
    return buffer.getvalue()
