"""Comparison and trend reports as one self-contained HTML file.

Nothing is fetched when the file is opened: the charts are inline SVG, the CSS is in the
page, there is no script, font or image from anywhere else. The page reads on a phone
(fluid charts, tables that scroll sideways) and prints on A4 (print CSS). Pure: returns
the page as text; the CLI writes it.
"""

from __future__ import annotations

import re
from functools import cache

from sipcheck import __version__
from sipcheck.render import compare_words as cw
from sipcheck.render.common import criterion_title
from sipcheck.render.compare_tables import compare_grids, trend_grids


@cache
def environment():
    """The one Jinja2 environment of every HTML report (compare, trend, agreement,
    feedback): the templates in `sipcheck/templates`, autoescaping on."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from sipcheck.render.common import quoted
    from sipcheck.render.feedback_html import css_colour

    made = Environment(loader=PackageLoader("sipcheck", "templates"),
                       autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=False, lstrip_blocks=False)
    made.filters["direction"] = _direction_class
    made.filters["css_colour"] = css_colour
    made.filters["quoted"] = quoted
    return made


def _direction_class(cell: str) -> str:
    if cell.startswith(cw.ARROWS["up"]):
        return " up"
    if cell.startswith(cw.ARROWS["down"]):
        return " down"
    return ""


def scoped_svg(svg: str, prefix: str) -> str:
    """Gives every id in an SVG a prefix, so several inline charts never share an id."""
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}-{m.group(1)}"', svg)
    return re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}-{m.group(1)})", svg)


def _chart_item(key: str, chart, caption: str) -> dict:
    from markupsafe import Markup

    return {"key": key, "title": chart.title, "caption": caption,
            "svg": Markup(scoped_svg(chart.data, key))}


def compare_html(comparison: dict, lang: str = "sv") -> str:
    from sipcheck import charts

    w = cw.words(lang)
    items = [_chart_item("criteria", charts.criteria_chart(comparison, lang, "svg"),
                         f"{w['chart_criteria']}: {w['interval']} (Wilson). "
                         f"{w['statutory_mark']}.")]
    if len(comparison["units"]) > 1:
        items.append(_chart_item("units", charts.units_chart(comparison, lang, "svg"),
                                 w["units_caption"]))
    titles = {c["id"]: c for c in comparison["criteria"]}
    guidance = [{"title": criterion_title(titles[item["id"]], lang),
                 "text": item["guidance_en"] if lang == "en" else item["guidance"]}
                for item in (comparison.get("guidance") or {}).get("criteria", [])]
    return environment().get_template("compare.html.j2").render(
        lang="en" if lang == "en" else "sv", version=__version__, words=w, title=w["title"],
        rounds=cw.round_lines(comparison, lang),
        checklist_notice=cw.basis_notice(comparison, lang),
        highlights=cw.highlight_sentences(comparison, lang), charts=items,
        grids=compare_grids(comparison, lang),
        guidance_heading=cw.guidance_heading(comparison, lang),
        guidance_reason=cw.guidance_reason(comparison, lang), guidance=guidance,
        pairing=cw.pairing_notices(comparison, lang),
        exploratory=cw.exploratory_note(comparison, lang))


def trend_html(trend: dict, lang: str = "sv") -> str:
    from sipcheck import charts

    w = cw.words(lang)
    items = [_chart_item("trend", charts.trend_chart(trend, lang, "svg"), w["trend_legend"])]
    return environment().get_template("trend.html.j2").render(
        lang="en" if lang == "en" else "sv", version=__version__, words=w,
        title=w["trend_title"], rounds=cw.round_lines(trend, lang),
        checklist_notice=cw.basis_notice(trend, lang), charts=items,
        grids=trend_grids(trend, lang), pairing=cw.pairing_notices(trend, lang),
        exploratory=cw.exploratory_note(trend, lang))
