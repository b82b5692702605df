"""Numbers as sipcheck's readers write them, with one rounding rule for every report.

Swedish uses a decimal comma and a space before the per cent sign ("62,5 %"), English a
point and no space ("62.5%"); a minus sign is a real minus (−) in text, an ASCII hyphen in
CSV, where a spreadsheet must read it as a number. Every figure is rounded half up, the way
a reader rounds by hand: 62.5 prints as "63 %" and −12.5 as "−13", never to the nearest
even number. Values are rounded as they are written (0.125 is 0.125, not the binary number
just below it), so a share of exactly one eighth rounds up like any other half.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sipcheck.text import Text

MINUS = "−"


def rounded(value: float, digits: int = 0) -> Decimal:
    """`value` rounded half up (ties away from zero) to `digits` decimals."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)


def decimal(value: float, digits: int, lang: str, trim: bool = False) -> str:
    """'0,62' / '0.62' (real minus sign for a negative number); with `trim`, without
    trailing zeros ('7,5', '15')."""
    number = rounded(value, digits)
    text = f"{abs(number):.{digits}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang != "en":
        text = text.replace(".", ",")
    return (MINUS if number < 0 else "") + text


def percent(value: float | None, lang: str, digits: int = 0) -> str:
    """A percentage (0–100): '63 %' (Swedish) or '63%' (English); '–' for none."""
    if value is None:
        return "–"
    return decimal(value, digits, lang) + ("%" if lang == "en" else " %")


def share_percent(value: float | None, lang: str) -> str:
    """A share (0–1) as a whole percentage: '83 %'; '–' for none."""
    return percent(None if value is None else 100 * value, lang)


def share(value: float | None, part: int, whole: int, lang: str) -> str:
    """A share (0–1) with the counts it comes from: '83 % (5/6)'; '–' for none."""
    if value is None:
        return "–"
    return f"{share_percent(value, lang)} ({part}/{whole})"


def share_count(entry: dict, lang: str) -> str:
    """A criterion's share as a round's summary and a comparison hold it (`share`,
    `fulfilled`, `applicable`): '83 % (5/6)'."""
    return share(entry.get("share"), entry.get("fulfilled"), entry.get("applicable"), lang)


def interval(bounds: list[float] | None, lang: str, sign: bool = True) -> str:
    """A 95 % interval of a share (0–1) as percentages: '44–97 %', or '44–97' without
    `sign`; '–' for none."""
    if not bounds:
        return "–"
    low, high = (decimal(100 * bound, 0, lang) for bound in bounds)
    return f"{low}–{high}" + (("%" if lang == "en" else " %") if sign else "")


def signed(value: float | None, lang: str, digits: int = 0) -> str:
    """A change with its sign: '+33', '−17', '0' (also when it rounds to nothing)."""
    if value is None:
        return "–"
    number = rounded(value, digits)
    if number == 0:
        return "0"
    return ("+" if number > 0 else "") + decimal(value, digits, lang)


def pvalue(p: float | None, lang: str) -> str:
    """A p-value with two significant figures, never 0: '0,19', '0,031', '< 0,001'."""
    if p is None:
        return "–"
    if p < 0.001:
        return "< 0.001" if lang == "en" else "< 0,001"
    return decimal(p, 3 if p < 0.1 else 2, lang)


def csv_number(value: float | int | None, digits: int, lang: str) -> str:
    """A number for a spreadsheet cell: at most `digits` decimals, no trailing zeros, an
    ASCII minus sign, a decimal comma in Swedish; '' for none."""
    if value is None:
        return ""
    if not isinstance(value, float):
        return str(value)
    text = f"{rounded(value, digits):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang != "en" else text


def counted(count: int, one: Text, many: Text, lang: str) -> str:
    """'1 konflikt', '2 konflikter': a number with the word in the right form."""
    return f"{count} {(one if count == 1 else many).pick(lang)}"
