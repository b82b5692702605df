"""A plan dictated into speech recognition that left its spoken commands as words.

A dictated note comes back from an uncorrected transcription as one stream of words,
wrapped at the export's width: "… inför utskrivning punkt ny rad rubrik syfte ny rad
syftet är att M-L ska …". The writer said where a line ends ("ny rad", "nytt stycke"),
where a sentence ends ("punkt"), where a heading stands ("rubrik syfte") and where an
item of a list begins ("ny rad punkt fortsatt kontakt …"). `spoken_lines` carries out
those commands, so that the reader sees the lines, headings and sentences the writer
dictated; a text that does not read so is left as it is.

Only commands that are no everyday words are carried out: "komma" and "kolon" stay as
they are ("att komma hem" is no comma).
"""

from __future__ import annotations

import re

_FULL_STOP = re.compile(r"\s+punkt\b(?=\s|$)", re.IGNORECASE)
_QUESTION_MARK = re.compile(r"\s+frågetecken\b(?=\s|$)", re.IGNORECASE)
_ITEM = re.compile(r"^punkt\s+", re.IGNORECASE)
_HEADING = re.compile(r"^rubrik\s+(.+?)[.\s]*$", re.IGNORECASE)
_COMMANDS = re.compile(r"\b(?:ny rad|nytt stycke)\b", re.IGNORECASE)
_NEW_LINE = re.compile(rf"\s*{_COMMANDS.pattern}[ \t]*", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.?]\s))([a-zåäö])")
_STOPS = re.compile(r"\bpunkt\b", re.IGNORECASE)
# a transcript says these three times at least, and has fewer full stops than spoken ones
MIN_COMMANDS = 3


def spoken_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines the dictation's commands make, each with the number (1-based) of the line
    of the file it begins on; None for a text that is no such transcript. The lines before
    the first command (the service's own header) are kept as they are."""
    first = next((index for index, line in enumerate(lines) if _COMMANDS.search(line)), None)
    if first is None:
        return None
    body = lines[first:]
    text = "\n".join(body)
    stops = len(_STOPS.findall(text))
    if len(_COMMANDS.findall(text)) < MIN_COMMANDS or stops < MIN_COMMANDS or \
            text.count(".") >= stops:
        return None
    words: list[tuple[str, int]] = []  # the body's words, each with its line's number
    for number, line in enumerate(body, start=first + 1):
        if not line.strip():
            words.append(("ny rad", number))  # a blank line ends what was said before it
        words.extend((word, number) for word in line.split())
    out, numbers = list(lines[:first]), list(range(1, first + 1))
    current: list[str] = []
    start = first + 1
    for word, number in [*words, ("ny rad", len(lines))]:
        current.append(word)
        if _NEW_LINE.search(" ".join(current[-2:])):
            said = _NEW_LINE.sub("\n", " ".join(current))
            for part in said.split("\n"):
                line = _line(part)
                if line:
                    out.append(line)
                    numbers.append(start)
            current, start = [], number
    return out, numbers


def _line(said: str) -> str:
    """One dictated line with its commands carried out: a heading's words alone, a list
    item with its dash, sentences with their full stops and capitals."""
    said = said.strip()
    heading = _HEADING.match(said)
    if heading:
        return _capital(heading.group(1))
    item = _ITEM.match(said)
    said = _QUESTION_MARK.sub("?", _FULL_STOP.sub(".", said[item.end():] if item else said))
    said = _SENTENCE_START.sub(lambda m: m.group(1).upper(), said.strip())
    said = "" if not said.strip(" .?") else said
    return f"- {said}" if item and said else said


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
