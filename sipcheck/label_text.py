"""What a label is on the page, before any checklist is asked: its comparison form (`key`:
case, å/ä/ö and punctuation never decide), its core without numbering and hints
(`label_core`: "2. Syfte med SIP (kort)" is "Syfte med SIP"), whether it only numbers a
heading (`is_numbering`: "Fråga 3 av 14") and the options ticked on a line of checkboxes
(`checkbox_value`). Plain functions of the text: the vocabulary, the section finder and the
rules all read labels this way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a",
                      "ø": "o", "á": "a", "à": "a"})
_NON_WORD = re.compile(r"[^\w]+")
# "2.", "2.1", "3a.", "3)", "A.", "IV.", "§ 4", "Del 6" before a heading's words ("N. deltog" is an
# initial: a letter numbers a heading only before a capital).
_NUMBER = (
    r"(?:\d{1,2}[a-z]?(?:\.\d{1,2})*[.):]?|[A-Za-z][.)](?=\s+[A-ZÅÄÖ])|[IVX]{1,4}\.|"
    r"§\s*\d{1,2}|(?i:del|avsnitt|fält|fråga|punkt|steg)\s+(?:\d{1,2}|(?i:ett|en|två|tre|fyra|fem|"
    r"sex|sju|åtta|nio|tio|elva|tolv)\b)(?:\s+av\s+\d{1,2})?"
    r"(?:[.:)]|\s+[–—-])?)")
NUMBERING = re.compile(rf"^\s*{_NUMBER}\s+(?=\w)")  # "Fält 8 av 12 – Huvudansvar för planen"
_NUMBER_ALONE = re.compile(rf"\s*{_NUMBER}\s*")  # "Fråga 3 av 14" before a colon
# A hint in parentheses or brackets: "(namn, funktion, verksamhet)", "[ÅÅÅÅ-MM-DD]".
HINT = re.compile(r"\s*[(\[][^()\[\]]{0,120}[)\]]")


@lru_cache(maxsize=1 << 14)  # rules ask for the same lines' keys again and again
def key(text: str) -> str:
    """The comparison form of a label: lower case, å/ä/ö folded, punctuation as spaces."""
    text = unicodedata.normalize("NFC", text).lower().translate(FOLD)
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


_TICKED = "☒☑■✓✔✗✘•●"
# boxes, and a web form's radio buttons printed as "( )" and "(•)" (a bare "○" or "●" is
# a list's status mark: "○ Planerad", "● Pågår")
_BOX = re.compile(r"[☐☒☑□■]|\[\s*[xX✓✔]?\s*\]|\(\s*[xX•●]\s*\)|\(\s\)")


# Another field after a checkbox option: "☐ Muntligt Datum: 2025-02-03" ends at "Datum:".
_NEXT_FIELD = re.compile(r"\s+(?=[A-ZÅÄÖ][\w/-]*(?: [\w/-]+){0,3}:(?:\s|$))")


_BLANK_FIELD = re.compile(r"[^:]{1,40}:[\s_.…]*")


# A web form's radio buttons printed after their options: "Samtycke finns?: Ja ● Nej ○";
# two options or more, each a few words, the line ending with the last button.
_RADIOS_AFTER = re.compile(
    r"^(?P<before>.*?[:?])?\s*(?P<options>(?:[^\s○●:?][^○●:?]{0,30}?\s*[○●]\s*){2,})$")
_RADIO_AFTER = re.compile(r"([^○●]+?)\s*([○●])")


def checkbox_value(text: str) -> tuple[str, str] | None:
    """A line of checkbox options as (what stands before the first box, the ticked
    options' words), or None when the line has no checkbox. "Samtycke: ☒ Muntligt ☐
    Skriftligt" is ("Samtycke:", "Muntligt"); "☐ Ja ☐ Nej" is ("", ""); radio buttons
    after their options, "Berörs andra aktörer?: Ja ○ Nej ●", are ("Berörs andra
    aktörer?:", "Nej")."""
    boxes = list(_BOX.finditer(text))
    if not boxes:
        radios = _RADIOS_AFTER.match(text.strip()) if "○" in text or "●" in text else None
        if radios is None:
            return None
        chosen = [option.strip() for option, mark in
                  _RADIO_AFTER.findall(radios.group("options")) if mark == "●"]
        return (radios.group("before") or "").strip(), ", ".join(chosen)
    before = text[:boxes[0].start()].strip()
    kept, fields = [], []
    for index, box in enumerate(boxes):
        end = boxes[index + 1].start() if index + 1 < len(boxes) else len(text)
        option, rest, own_line = text[box.end():end].strip(), "", False
        if field := _NEXT_FIELD.search(option, 1):  # "☐ Muntligt Datum: 2025-02-03"
            option, rest = option[:field.start()], option[field.start():]
            own_line = "\n" in field.group()
        option = option.strip(" ,;/")
        mark = box.group()
        if option and (any(c in _TICKED for c in mark) or (
                "x" in mark.lower() and mark[:1] in "[(")):
            kept.append(option)
        if rest.strip() and not _BLANK_FIELD.fullmatch(rest.strip()):
            # another field after the options: on a line of its own when it began one
            (fields if own_line else kept).append(rest.strip())
    return before, "\n".join([", ".join(kept)] + fields if kept else fields)


@lru_cache(maxsize=1 << 14)  # asked about the same labels for every line of every plan
def label_core(text: str) -> str:
    """A label without its numbering and its hints: "2. Syfte med SIP" is "Syfte med SIP",
    "Huvudansvarig för planen (namn, funktion)" is "Huvudansvarig för planen"."""
    core = HINT.sub("", NUMBERING.sub("", text, count=1)).strip()
    return core or text.strip()


def is_numbering(text: str) -> bool:
    """Whether `text` only numbers a heading ("Fråga 3 av 14", "Fält 2", "§ 4"): a survey's
    or a web form's export writes "Fråga 3 av 14: Syfte med SIP-mötet", a numbered heading
    and no label with its value."""
    return _NUMBER_ALONE.fullmatch(text) is not None
