"""The agreement report as one self-contained HTML page (no script, nothing fetched),
from the same template environment, CSS and table macro as the comparison report. Jinja2
escapes every text from the round file, comments included. Pure: returns the page."""

from __future__ import annotations

from sipcheck import __version__
from sipcheck.render import agreement_grids
from sipcheck.render import agreement_sentences as sentences
from sipcheck.render.html_environment import environment
from sipcheck.text.words import AGREEMENT, words


def agreement_html(data: dict, lang: str = "sv") -> str:
    w = words(AGREEMENT, lang)
    disagreements = agreement_grids.disagreement_grid(data, lang)
    return environment().get_template("agreement.html.j2").render(
        lang="en" if lang == "en" else "sv", version=__version__, words=w, title=w["title"],
        front=sentences.front_lines(data, lang), summary=sentences.summary_lines(data, lang),
        grids=agreement_grids.grids(data, lang), disagreements=disagreements,
        no_disagreements=sentences.no_disagreements(data, lang), notes=sentences.notes(data, lang))
