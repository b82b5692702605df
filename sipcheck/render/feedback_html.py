"""Feedback to a plan's team as one self-contained HTML page.

Same page frame as the comparison report (`base.html.j2`: Content-Security-Policy, no
script, nothing fetched, readable on a phone, print CSS), so a team can open it from an
e-mail or print it for the follow-up meeting. Autoescaping is on: a quotation from a plan
is text, never markup. Pure: returns the page as text; the CLI writes it.
"""

from __future__ import annotations

from sipcheck import __version__
from sipcheck.render.html import environment

# The checklist's colours are rich's names; these are their readable print equivalents.
_CSS = {"green": "#1b7a3a", "bright_green": "#1b7a3a", "yellow": "#9a6700",
        "bright_yellow": "#9a6700", "red": "#b42318", "bright_red": "#b42318",
        "blue": "#08519c", "bright_blue": "#08519c", "bright_black": "#52606d",
        "grey": "#52606d", "gray": "#52606d", "black": "#1f2933"}


def css_colour(name: str) -> str:
    name = (name or "").strip().lower()
    if name in _CSS:
        return _CSS[name]
    if name.startswith("#") and len(name) in (4, 7) and all(
            c in "0123456789abcdef" for c in name[1:]):
        return name
    return "inherit"


def feedback_html(data: dict) -> str:
    return environment().get_template("feedback.html.j2").render(
        lang=data["lang"], version=__version__, words=data["words"], title=data["title"],
        facts=data["facts"], intro=data["intro"], notices=data["notices"],
        sections=data["sections"])
