"""Comparison and trend reports as one self-contained HTML file.

Nothing is fetched when the file is opened: the charts are inline SVG, the CSS is in the
page, there is no script, font or image from anywhere else. The page reads on a phone
(each chart also drawn narrow, with text as large as the page's; tables that scroll
sideways there) and fits the text column at 1280 px and on A4 (print CSS). Pure: returns
the page as text; the CLI writes it.
"""

from __future__ import annotations

from functools import partial

from sipcheck import __version__
from sipcheck.render import compare_sentences as sentences
from sipcheck.render.compare_grids import compare_grids, trend_grids
from sipcheck.render.grid import stacked
from sipcheck.render.html_environment import environment, scoped_svg
from sipcheck.text import in_lang
from sipcheck.text.words import COMPARE, words


def _chart_item(key: str, draw, caption: str) -> dict:
    """A chart drawn twice, for a screen or print (`WIDTH`) and for a phone
    (`PHONE_WIDTH`, its text as large as the page's small print); the page's CSS shows
    the one that fits."""
    from markupsafe import Markup

    from sipcheck.render.compare_charts import PHONE_WIDTH

    wide, narrow = draw(), draw(PHONE_WIDTH)
    return {"key": key, "title": wide.title, "caption": caption,
            "svg": Markup(scoped_svg(wide.data, key)),
            "narrow": Markup(scoped_svg(narrow.data, f"{key}-phone"))}


def _grids(grids, lang: str) -> list:
    """The tables with each 95 % interval under its share and each p-value under its
    change, so that even three rounds side by side fit the text column at 1280 px and
    on A4."""
    w = words(COMPARE, lang)
    return [stacked(grid, w["interval"], w["p"]) for grid in grids]


def compare_html(comparison: dict, lang: str = "sv") -> str:
    from sipcheck.render import compare_charts as charts

    w = words(COMPARE, lang)
    items = [_chart_item("criteria", partial(charts.criteria_chart, comparison, lang, "svg"),
                         f"{w['chart_criteria']}: {w['interval']} (Wilson). "
                         f"{w['statutory_mark']}.")]
    if len(comparison["units"]) > 1:
        items.append(_chart_item("units", partial(charts.units_chart, comparison, lang, "svg"),
                                 w["units_caption"]))
    titles = {c["id"]: c for c in comparison["criteria"]}
    guidance = [{"title": in_lang(titles[item["id"]], "title", lang),
                 "text": item["guidance_en"] if lang == "en" else item["guidance"]}
                for item in (comparison.get("guidance") or {}).get("criteria", [])]
    return environment().get_template("compare.html.j2").render(
        lang="en" if lang == "en" else "sv", version=__version__, words=w, title=w["title"],
        rounds=sentences.round_lines(comparison, lang),
        checklist_notice=sentences.basis_notice(comparison, lang),
        highlights=sentences.highlight_sentences(comparison, lang), charts=items,
        grids=_grids(compare_grids(comparison, lang), lang),
        guidance_heading=sentences.guidance_heading(comparison, lang),
        guidance_reason=sentences.guidance_reason(comparison, lang), guidance=guidance,
        pairing=sentences.pairing_notices(comparison, lang),
        exploratory=sentences.exploratory_note(comparison, lang))


def trend_html(trend: dict, lang: str = "sv") -> str:
    from sipcheck.render import compare_charts as charts

    w = words(COMPARE, lang)
    items = [_chart_item("trend", partial(charts.trend_chart, trend, lang, "svg"),
                         w["trend_legend"])]
    return environment().get_template("trend.html.j2").render(
        lang="en" if lang == "en" else "sv", version=__version__, words=w,
        title=w["trend_title"], rounds=sentences.round_lines(trend, lang),
        checklist_notice=sentences.basis_notice(trend, lang), charts=items,
        grids=_grids(trend_grids(trend, lang), lang),
        pairing=sentences.pairing_notices(trend, lang),
        exploratory=sentences.exploratory_note(trend, lang))
