"""Feedback to a plan's team as one self-contained HTML page.

Same page frame as every HTML report (`html_environment`, `base.html.j2`: a
Content-Security-Policy, no script, nothing fetched, readable on a phone, print CSS), so
a team can open it from an e-mail or print it for the follow-up meeting. Autoescaping is
on: a quotation from a plan is text, never markup. Pure: returns the page as text; the CLI
writes it."""

from __future__ import annotations

from sipcheck import __version__
from sipcheck.render.feedback_sentences import worded
from sipcheck.render.html_environment import environment


def feedback_html(data: dict) -> str:
    data = worded(data)
    return environment().get_template("feedback.html.j2").render(
        lang=data["lang"], version=__version__, words=data["words"], title=data["title"],
        facts=data["facts"], intro=data["intro"], notices=data["notices"],
        sections=data["sections"])
