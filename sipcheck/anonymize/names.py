"""The forms a person's own name takes in a plan, from `--name "Karin Lindqvist"`.

The scanner finds a full name where a form or a list gives it ("Namn: Karin Lindqvist"),
but a plan speaks of its person as "Karin", "Karins mamma", "KL" or "K. L.", which no
pattern can tell from any other word. Given the name, every one of these forms is known.
"""

from __future__ import annotations

import re

from sipcheck.text import SipcheckError, Text

_PART = re.compile(r"[^\W\d_][\w'’-]*")


def parts(name: str) -> list[str]:
    """The words of a name as given; refuses what cannot be a name."""
    found = _PART.findall(name)
    if not found or " ".join(found) != " ".join(name.split()):
        raise SipcheckError(Text(
            f"--name «{name}» ser inte ut som ett namn: skriv för- och efternamn med "
            "bokstäver, t.ex. --name \"Karin Lindqvist\".",
            f"--name «{name}» does not look like a name: write the first and last name in "
            "letters, e.g. --name \"Karin Lindqvist\"."))
    return found


def forms(name: str) -> list[str]:
    """The full name, each of its words alone and its initials (K.L., K. L., K.L, KL), as
    written and in capitals. Possessives ("Karins") are matched by the replacer."""
    words = parts(name)
    found = [" ".join(words), *words]
    if len(words) > 1:
        letters = [word[0].upper() for word in words]
        found += [".".join(letters) + ".", ". ".join(letters) + ".", ".".join(letters),
                  "".join(letters)]
    found += [form.upper() for form in found]
    return list(dict.fromkeys(form for form in found if len(form.replace(".", "")) > 1))
