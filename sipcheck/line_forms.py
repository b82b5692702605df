"""What a line's form says it is, before its words are read: a numbered item ("2. ",
"1.3 "), an item of minutes under a section sign ("§ 4 Frågor till mötet"), an entry that
opens with the day it was written, a hint in parentheses, a bullet typed as a character, a
label before a dash ("Syfte – …") or a dotted leader ("Plats ........ Hembesök"), a
label numbered after its word ("Insats 1") and a run-in heading ("Syfte. Mötet hölls för
att …"). The section finder (`sections`) decides what each form is worth.
"""

from __future__ import annotations

import re

# "§ 4 Frågor till mötet": minutes number each item with a section sign, and such a line
# heads the item whatever it names ("§ 1 Mötets öppnande").
PARAGRAPH_SIGN = re.compile(r"^\s*§\s*\d{1,2}[.:]?\s+\w")
NUMBERED_MARK = re.compile(r"^\s*\d{1,2}[a-z]?(?:\.\d{1,2})*[.)]?\s+")  # "2. ", "1.3 "
NUMBERED = re.compile(NUMBERED_MARK.pattern + r"\w")  # the mark before a word
# an entry that opens with a word or two and the day it was written ("Kommentar
# 2024-06-04: …", "Ur planen 2024-03-05: ”…”")
DATED_ENTRY = re.compile(r"^\s*([^\W\d]+(?: [^\W\d]+)?,? \d{4}-\d{2}-\d{2}):\s+(\S.*)$")
# A line that opens with a hint in parentheses, and what follows it on the line.
LEADING_HINT = re.compile(r"^\s*\(([^()]{2,120})\)\s*(.*)$")
# A paragraph written as a list item without the word processor's list: "→ Kurator …".
BULLET_START = re.compile(r"^\s*[•●◦▪■‣⁃→⇒➔►▸]\s")
# "Syfte – …": a short label, a dash with spaces around it, and the value.
DASH_LABEL = re.compile(r"^\s*([^–—:\n]{2,40}?)\s+[–—]\s+(\S.*)$")
# a label numbered after its word: "Insats 1", "Mål 2", "Åtgärd 12"
NUMBERED_LABEL = re.compile(r"^\s*[^\W\d_]{3,}( [^\W\d_]+)? \d{1,2}$")
# a label, a dotted (or ruled) leader and the value: "Plats ........ Hembesök hos G."
LEADER_LINE = re.compile(r"^\s*([^.:…\n]{2,60}?)\s*(?:\.{4,}|…{2,}|·{4,}|_{4,})\s*:?\s*(.*)$"
                          # a label in capitals may take a shorter leader: "ANSVARIG ... Som
                          # tidigare."; an ellipsis in a sentence is none
                          r"|^\s*([A-ZÅÄÖ][A-ZÅÄÖ /-]{1,58}[A-ZÅÄÖ])\s+\.{3}\s+(\S.*)$")


def leader_fields(text: str) -> tuple[str, str] | None:
    """The label and the value of a line with a dotted leader between them, or None."""
    found = LEADER_LINE.match(text)
    if found is None:
        return None
    return (found[1], found[2]) if found[1] is not None else (found[3], found[4])


# a run-in heading: a part's name as the paragraph's first sentence ("Syfte. Mötet hölls
# för att …", "Robins mål. Robin sa på mötet: …", numbered in an outline "7.1 Huvudansvar.
# Socialtjänsten …"), which Word sets in bold
RUN_IN = re.compile(
    r"^\s*((?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-ZÅÄÖ][^.!?:;,\n]{0,40}?[^\W\d]{2})\.\s+(?!\d)(\S.*)$")
RUN_IN_WORDS = 3
