"""Swedish sentences and words, as plan text actually writes them.

Why this exists: readability (LIX), first-person detection and evidence quoting all need to
know where a sentence begins and ends, and a naive split on "." gets plan text wrong both ways.
Full stops that do *not* end a sentence are everywhere: abbreviations (t.ex., bl.a., kl. 13.00,
fr.o.m.), decimals and dates (2.5, 14.5.2024), anonymised initials ("B. ska börja skolan"),
numbered lists ("1. Träffa kurator"). And many statements end with *no* punctuation: bullet
lines, form values, table cells (readers join cells with " | ").

The rules, in order:
- ``. ! ? …`` followed by whitespace end a sentence, unless the next word starts with a small
  letter (Swedish sentences start with a capital), or the word before is an abbreviation that
  never ends a sentence (t.ex., kl., ca., ...), a single capital (an initial) or a list number.
  Abbreviations that can end one (m.m., o.s.v., etc.) end it before a capital.
  Month, weekday and week abbreviations (dec., tis., v.) end it unless a number follows
  ("14 dec. 2024", "under v. 11").
- A line break ends a sentence, unless the text is visibly wrapped: the line ends with a comma,
  a hyphenated word part or a word such as "och"/"att", or the next line starts with a small
  letter and is not a bullet.
- A table cell separator "|" ends a sentence.
Bullet markers (-, •, ☐, 1., a) ...) are not part of the sentence.

Pure functions, stdlib ``re`` only, linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Span", "logical_lines", "sentence_spans", "split_sentences", "words"]


@dataclass(frozen=True)
class Span:
    """A piece of the text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


# Abbreviations (lower case, without the final full stop) after which a full stop never ends a
# sentence: what follows belongs to the same sentence ("t.ex. BUP", "kl. 13.00", "nr. 5").
_NEVER_ENDING = frozenset({
    "t.ex", "ex", "bl.a", "bl", "d.v.s", "dvs", "ca", "c:a", "kl", "s.k", "fr.o.m", "t.o.m",
    "nr", "resp", "p.g.a", "pga", "ang", "enl", "jfr", "inkl", "exkl", "tel", "tfn", "f.d",
    "s.a.s", "m.a.o", "o.d", "ev", "f", "s", "sid", "p", "kap", "avd", "dr", "mr",
    "prof", "leg", "spec", "tf", "fr", "o", "t", "u.a", "i.st.f", "ist.f", "istf", "mha",
    "m.h.a", "bla", "tex", "fram.t",
})
# Abbreviations that may end a sentence: a capital after them starts a new one.
_CAN_END = frozenset({"m.m", "mm", "o.s.v", "osv", "etc", "m.fl", "mfl", "o.dyl", "t.v", "st"})
# Month and weekday abbreviations: not a boundary before a number ("14 dec. 2024").
_CALENDAR = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    "mån", "tis", "ons", "tor", "tors", "fre", "lör", "sön", "v", "vv",
})
# A line ending with one of these words continues on the next line (wrapped text).
_JOINERS = frozenset({
    "och", "att", "eller", "men", "som", "i", "på", "till", "med", "för", "av", "om", "en",
    "ett", "den", "det", "de", "från", "hos", "vid", "samt", "när", "där", "inom", "under",
    "efter", "mellan", "utan", "genom", "mot", "kring",
    # a verb that needs what follows ("Huvudansvaret för planen har" / "Noahs case manager …")
    "har", "hade", "är", "blir", "ska", "skall",
})

# A candidate boundary: sentence punctuation (with closing quotes/brackets) before whitespace or
# the end, a line break, or a table cell separator.
_CANDIDATE = re.compile(
    r"(?P<punct>[.!?…]+[\"”’'»)\]]*)(?=\s|\Z)"
    r"|(?P<newline>\r\n|[\n\r\f\v\x85\u2028\u2029])"
    r"|(?P<pipe>\|)"
)
_TOKEN_BEFORE = re.compile(r"(\S+)\Z")
_OPENERS = "([{\"'”“«»‘’"
_BULLET = re.compile(
    r"(?:[•●◦▪▫■□☐☒☑✓✔·‣⁃→⇒➔►▸✅❌👉📌🔹🔸➡▶][\ufe0f]?[ \t]*"
    r"|[-–—*>+][ \t]+"
    r"|\(?\d{1,2}[.)][ \t]+"
    r"|\(?[a-zA-Z]\)[ \t]+)"
)
_WRAPPED_END = re.compile(r"(?:,|[^\W\d_]-|\w\s*/)\Z")  # "…, ", "Barn-", "god man /"
_LAST_WORD = re.compile(r"([^\W\d_]+)\Z")
_JOINER_SPAN = max(map(len, _JOINERS)) + 1
_HAS_ALNUM = re.compile(r"[^\W_]")
# a word that a number follows: a month before its year, "vecka" or "kl." before theirs,
# "Start" or "senast" before the day
_BEFORE_NUMBER = re.compile(
    r"(?<!\w)(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|vecka|veckan|v\.|kl\.|start|startdatum|senast|fr\.o\.m\.|"
    r"t\.o\.m\.)\Z", re.IGNORECASE)
_BEFORE_NUMBER_SPAN = len("startdatum") + 1
# a day alone on the line after a long line that ends in a word: the wrapped end of its
# sentence ("… dusch en gång i veckan med start på utskrivningsdagen" / "2024-11-07.")
_DAY_ALONE = re.compile(r"\d{4}-\d\d-\d\d[.,;]?\s*\Z")
_WRAPPED_WORDS = 5  # words the line before it has at least (not a label: "Uppföljning")

# A word: letters and digits, joined by hyphens, colons ("BUP:s", "14:e"), apostrophes or full
# stops inside it ("t.ex", "covid-19"); it must contain at least one letter.
_WORD = re.compile(r"[^\W_]+(?:[-:.'’][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")


def words(text: str) -> list[str]:
    """The words of `text`, in order.

    Letters of any alphabet (å, ä, ö, é, ü ...) and digits inside words count; a hyphenated
    word ("KBT-behandling", "covid-19") is one word, as is a dotted abbreviation ("t.ex").
    Tokens without a letter (2024, 13.00, 14.5.2024) are numbers, not words.
    """
    # (most words are letters only, which answers without a search)
    return [w for w in _WORD.findall(text) if w.isalpha() or _LETTER.search(w)]


# A line that opens with a form label ("Övrigt: …") always starts a line of its own.
_LABEL_START = re.compile(r"[ \t]*[A-ZÅÄÖ][^:\n]{1,60}:(\s|$)")
# an export's key in small letters alone on its line ("uppföljning:"), which opens a part,
# under a line that is such a key too ("när: varje söndag"): not the end of a label wrapped
# over two lines ("Den enskildes synpunkter och" / "önskemål:")
_BROKEN_NUMBER = re.compile(r"(\d-)[ \t]*\r?\n[ \t]*(\d)")
_KEY_ALONE = re.compile(r"[ \t]*[a-zåäö][\wåäö]{1,30}:[ \t]*(\r?\n|$)")
_KEY_LINE = re.compile(r"[ \t]*(- )?[a-zåäö][\wåäö]{1,30}:([ \t]|$)")


def logical_lines(text: str) -> list[str]:
    """The lines of `text` with visibly wrapped lines joined by a space.

    PDF readers keep the printed line breaks; a sentence wrapped over three lines is one
    line here, while "Syfte: …" and "Huvudansvarig: …" on lines of their own stay apart,
    and so does an export's key in small letters that opens a part ("när: varje söndag" /
    "huvudansvar:"). A date broken at a hyphen ("2025-03-" / "18.") is put back together.
    A bracket opened and not yet closed goes on over the break (a template's hint wrapped
    over lines), up to a blank line.
    """
    text = _BROKEN_NUMBER.sub(r"\1\2", text)  # "blodtryck 2025-03-" / "18." is one day
    lines: list[str] = []
    begin = line_start = 0
    for match in re.finditer(r"\r?\n", text):
        line, line_start = text[line_start:match.start()], match.end()
        so_far = text[begin:match.start()]
        if so_far.count("(") > so_far.count(")") and text[match.end():].strip() and \
                not text.startswith(("\n", "\r\n"), match.end()):
            continue  # a bracket still open: "(Hur har den enskilde … deltagit?" goes on
        if _line_break_ends_sentence(text, match.start(), match.end()) or \
                _LABEL_START.match(text, match.end()) or (
                    _KEY_ALONE.match(text, match.end()) and _KEY_LINE.match(line)):
            lines.append(text[begin:match.start()])
            begin = match.end()
    lines.append(text[begin:])
    return [" ".join(line.split()) for line in lines if line.strip()]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` (see the module docstring for the rules), stripped."""
    return [span.text for span in sentence_spans(text)]


def sentence_spans(text: str) -> list[Span]:
    """Like `split_sentences`, with each sentence's offsets in `text`.

    Leading bullet markers and surrounding whitespace are outside the span; pieces with no
    letter or digit (a ruler line "-----", an empty checkbox) are dropped. Remembered for
    the last few thousand texts: many checks split the same lines of one plan again.
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=8192)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    begin = 0
    for match in _CANDIDATE.finditer(text):
        kind = match.lastgroup
        if kind == "punct":
            if _ends_sentence(text, match):
                _emit(text, begin, match.end(), spans)
                begin = match.end()
        elif kind == "newline":
            if _line_break_ends_sentence(text, match.start(), match.end()):
                _emit(text, begin, match.start(), spans)
                begin = match.end()
        else:  # table cell separator
            _emit(text, begin, match.start(), spans)
            begin = match.end()
    _emit(text, begin, len(text), spans)
    return tuple(spans)


def _emit(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end:
        bullet = _BULLET.match(text, start, end)
        if not bullet or bullet.end() == start:
            break
        start = bullet.end()
        while start < end and text[start].isspace():
            start += 1
    if start < end and _HAS_ALNUM.search(text, start, end):
        spans.append(Span(text[start:end], start, end))


def _next_visible(text: str, pos: int) -> str:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return text[pos] if pos < n else ""


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    following = _next_visible(text, match.end())
    if not following:
        return True
    if following.islower():
        return False
    punct = match.group("punct").rstrip("\"”’'»)]")
    if punct != ".":
        return True  # ! ? … or "..." before a capital, a digit or a symbol
    found = _TOKEN_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if not found:
        return True
    token = found.group(1).lstrip(_OPENERS)
    lowered = token.lower()
    if lowered in _NEVER_ENDING:
        return False
    if lowered in _CALENDAR:
        return not following.isdigit()
    if lowered in _CAN_END:
        return True
    if len(token) == 1 and token.isupper():
        return False  # an initial: "B. Andersson", "Målet är att B. ska ..."
    if token.isdigit() and len(token) <= 2:
        line_start = text.rfind("\n", 0, found.start()) + 1
        if not text[line_start:found.start()].strip():
            return False  # a numbered list item: "1. Träffa kurator"
    return True


def _line_break_ends_sentence(text: str, start: int, end: int) -> bool:
    previous_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    previous = text[previous_start:start].rstrip()
    if not previous.strip():
        return True
    next_end = len(text)
    for stop in ("\n", "\r"):
        found = text.find(stop, end)
        if found != -1:
            next_end = min(next_end, found)
    following = text[end:next_end].lstrip()
    if not following:
        return True  # a blank line always ends the paragraph
    # (only a line ending in "/" can end in more than its last two characters' match)
    if _WRAPPED_END.search(previous if previous.endswith("/") else previous[-2:]):
        return False
    # the line's last word, looked for in its last characters: a word as long as them is
    # longer than any joiner either way (a search of the whole line tries every letter)
    last = _LAST_WORD.search(previous[-_JOINER_SPAN:])
    if last and last.group(1).lower() in _JOINERS:
        return False
    if _BULLET.match(following):
        return True
    if ";" in previous and not previous.endswith((";", ".", ":", "!", "?")):
        return False  # a list separated by semicolons broke off inside an entry
    if following[0].isdigit() and _BEFORE_NUMBER.search(previous[-_BEFORE_NUMBER_SPAN:]):
        return False  # a day broken over the lines: "… Boendestöd Krokom, maj" / "2025."
    if _DAY_ALONE.match(following) and previous[-1:].isalpha() and previous[-1:].islower() \
            and len(previous.split()) >= _WRAPPED_WORDS:
        return False
    return not following[0].islower()
