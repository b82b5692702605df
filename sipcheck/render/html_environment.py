"""The one Jinja2 environment of every HTML report, and the colours it prints in.

Compare, trend, agreement and feedback pages share one page frame (`templates/base.html.j2`:
a Content-Security-Policy, no script, nothing fetched, readable on a phone, print CSS) and
the filters here. jinja2 is imported on first use only.
"""

from __future__ import annotations

import re
from functools import cache

from sipcheck.render.compare_sentences import ARROWS
from sipcheck.text.evidence import quoted


@cache
def environment():
    """The one Jinja2 environment of every HTML report (compare, trend, agreement,
    feedback): the templates in `sipcheck/render/templates`, autoescaping on."""
    from jinja2 import Environment, PackageLoader, select_autoescape


    made = Environment(loader=PackageLoader("sipcheck.render", "templates"),
                       autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=False, lstrip_blocks=False)
    made.filters["direction"] = _direction_class
    made.filters["css_colour"] = css_colour
    made.filters["quoted"] = quoted
    made.filters["lines"] = _lines
    return made


def _lines(text: str):
    """A cell's lines (a share over its interval) with line breaks, the text escaped."""
    from markupsafe import Markup, escape

    return Markup("<br>").join(escape(line) for line in str(text).split("\n"))


def _direction_class(cell: str) -> str:
    if cell.startswith(ARROWS["up"]):
        return " up"
    if cell.startswith(ARROWS["down"]):
        return " down"
    return ""


def scoped_svg(svg: str, prefix: str) -> str:
    """Gives every id in an SVG a prefix, so several inline charts never share an id."""
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}-{m.group(1)}"', svg)
    return re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}-{m.group(1)})", svg)


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
