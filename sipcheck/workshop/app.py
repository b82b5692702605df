"""The workshop's web pages (Flask): plans, a plan beside one judgement, conflicts.

Every address starts with the workshop's random key (`/<token>/…`); a request without it
is refused before anything is read. Pages are plain HTML forms, so an answer is a POST
that is recorded and then redirected to the next judgement: a reload never sends an
answer twice, and the page works without its script, which only adds the keys (1–4,
Enter, ← →) and scrolls the evidence into view. Nothing is fetched from elsewhere: the
style sheet and the script are files of this package, and the Content-Security-Policy
allows nothing else.
"""

from __future__ import annotations

import os
import secrets
import sys
from urllib.parse import quote, unquote

from flask import Flask, abort, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException

from sipcheck import __version__
from sipcheck.experts.assessments import Answer
from sipcheck.scoring import experts_of
from sipcheck.text import SipcheckError, Text
from sipcheck.text.evidence import quoted
from sipcheck.text.words import WORKSHOP, words
from sipcheck.workshop import pages
from sipcheck.workshop.plan_text import PlanText, marked, pieces
from sipcheck.workshop.sources import Workshop

COOKIE = "sipcheck_reviewer"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self' "
                               "'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def create_app(workshop: Workshop, token: str, lang: str = "sv", reviewer: str | None = None,
               hosts: list[str] | None = None) -> Flask:
    """The app for one workshop. `hosts`, when given, are the only Host headers answered
    (the loopback names: a web page elsewhere cannot reach the server through DNS)."""
    prefix = f"/{token}"
    app = Flask(__name__, static_url_path=f"{prefix}/static")
    app.jinja_env.autoescape = True
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters["quoted"] = quoted
    app.config["TRUSTED_HOSTS"] = hosts
    app.config["MAX_CONTENT_LENGTH"] = 1_000_000
    said = words(WORKSHOP, lang)

    def current_reviewer() -> str:
        name = unquote(request.cookies.get(COOKIE, "")).strip()
        return name or (reviewer or "").strip()

    def render(template: str, **values) -> str:
        round_data = workshop.round()
        return render_template(template, w=said, lang=lang, version=__version__,
                               round_name=round_data["round"].get("name") or "",
                               reviewer=current_reviewer(), token=token,
                               conflicts=experts_of(round_data).get("conflict", 0),
                               back=request.full_path.rstrip("?"), **values)

    @app.before_request
    def _keyed():
        first = request.path.split("/")[1] if request.path.count("/") >= 1 else ""
        if not secrets.compare_digest(first.encode(), token.encode()):
            return render_template("refused.html", w=said, lang=lang), 403
        return None

    @app.after_request
    def _headers(response):
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        """A bug: one line in the terminal and a plain page, never a traceback."""
        if isinstance(error, HTTPException):
            return error
        if os.environ.get("SIPCHECK_DEBUG"):
            raise error
        said_text = Text(f"Oväntat fel i sipcheck ({type(error).__name__}: {error}). Kör igen "
                         "med SIPCHECK_DEBUG=1 för detaljer och rapportera felet.",
                         f"Unexpected error in sipcheck ({type(error).__name__}: {error}). Run "
                         "again with SIPCHECK_DEBUG=1 for details and report it.").pick(lang)
        print(said_text, file=sys.stderr, flush=True)
        return render_template("error.html", w=said, lang=lang, token=token,
                               message=[said_text], back=f"{prefix}/"), 500

    @app.errorhandler(404)
    def _missing(_error):
        return render_template("error.html", w=said, lang=lang, token=token,
                               heading=said["not_found"], message=[said["missing"]],
                               back=f"{prefix}/"), 404

    @app.errorhandler(SipcheckError)
    def _error(error: SipcheckError):
        return render_template("error.html", w=said, lang=lang, token=token,
                               message=error.text(lang).splitlines(),
                               back=_local(request.form.get("back"), prefix)), 400

    @app.get(prefix)
    @app.get(f"{prefix}/")
    def plans_page():
        unit = request.args.get("unit") or None
        criterion = request.args.get("criterion") or None
        return render("plans.html", data=pages.overview(
            workshop.round(), current_reviewer(), unit, criterion, lang))

    @app.get(f"{prefix}/plan")
    def plan_page():
        round_data = workshop.round()
        plan_id = request.args.get("id", "")
        plan = next((p for p in round_data["plans"]
                     if p["id"] == plan_id and p["score"] is not None), None)
        if plan is None:
            abort(404)
        criterion = request.args.get("c") or pages.first_open(round_data, plan_id,
                                                              current_reviewer())
        panel = pages.judgement(round_data, plan_id, criterion or "", current_reviewer(), lang,
                                workshop.definitions(lang))
        if panel is None:
            abort(404)
        across = request.args.get("across") == "1"
        unit = request.args.get("unit") or None
        steps = pages.walk(round_data, plan_id, criterion, across, unit)
        where = steps.index((plan_id, criterion)) if (plan_id, criterion) in steps else 0
        text = workshop.text(plan, lang)
        result = next(r for r in plan["criteria"] if r["id"] == criterion)
        cut, located = _marked_text(text, result.get("evidence") or [])
        for item, found in zip(panel["evidence"], located, strict=False):
            item["found"] = found
        step = {"across": "1" if across else "", "unit": unit or ""}
        return render("plan.html", panel=panel, plan=plan, step=step,
                      text=text.shown if isinstance(text, PlanText) else None, cut=cut,
                      message=None if isinstance(text, PlanText) else text.pick(lang),
                      criteria=pages.plan_criteria(round_data, plan, current_reviewer(), lang),
                      previous=_step_url(steps, where - 1, step),
                      following=_step_url(steps, where + 1, step),
                      position=where + 1, steps=len(steps),
                      saved=pages.criterion_title(round_data, request.args.get("saved"), lang),
                      masked=request.args.get("masked"),
                      last=request.args.get("last"))

    def posted_answer() -> Answer:
        """The answer a form sends, by the reviewer whose name the page has."""
        form, name = request.form, current_reviewer()
        if not name:
            raise SipcheckError(Text("Skriv ditt namn först.", "Type your name first."))
        return Answer(form.get("plan", ""), form.get("criterion", ""), form.get("level", ""),
                      name, form.get("comment", ""))

    @app.post(f"{prefix}/answer")
    def answer():
        form, given = request.form, posted_answer()
        plan_id, criterion = given.plan, given.criterion
        masked = workshop.answer(given)
        step = {"across": form.get("across", ""), "unit": form.get("unit", "")}
        steps = pages.walk(workshop.round(), plan_id, criterion, step["across"] == "1",
                           step["unit"] or None)
        where = steps.index((plan_id, criterion)) if (plan_id, criterion) in steps else -1
        following = steps[where + 1] if 0 <= where < len(steps) - 1 else (plan_id, criterion)
        last = following == (plan_id, criterion)
        return redirect(url_for("plan_page", id=following[0], c=following[1],
                                saved=criterion, masked="1" if masked else None,
                                last="1" if last else None, **_step_args(step)), 303)

    @app.get(f"{prefix}/resolve")
    def resolve_page():
        round_data = workshop.round()
        return render("resolve.html", data=pages.conflicts(round_data, lang),
                      saved=pages.criterion_title(round_data, request.args.get("saved"), lang))

    @app.post(f"{prefix}/resolve")
    def resolve():
        given = posted_answer()
        workshop.answer(given, resolving=True)
        return redirect(url_for("resolve_page", saved=given.criterion), 303)

    @app.post(f"{prefix}/reviewer")
    def choose_reviewer():
        name = " ".join(request.form.get("name", "").split())[:80]
        response = redirect(_local(request.form.get("back"), prefix), 303)
        response.set_cookie(COOKIE, quote(name), httponly=True, samesite="Strict")
        return response

    return app


def _local(target: str | None, prefix: str) -> str:
    """A place to return to: only an address of this workshop."""
    if target and target.startswith(f"{prefix}/") and "//" not in target:
        return target
    return f"{prefix}/"


def _step_args(step: dict) -> dict:
    return {key: value for key, value in step.items() if value}


def _step_url(steps: list[tuple[str, str]], index: int, step: dict) -> str | None:
    if not 0 <= index < len(steps):
        return None
    return url_for("plan_page", id=steps[index][0], c=steps[index][1], **_step_args(step))


def _marked_text(text, evidence: list[dict]) -> tuple[dict, list[bool]]:
    """Each shown text cut into plain and marked pieces, and for each piece of evidence
    whether its place was found."""
    if not isinstance(text, PlanText):
        return {}, [False] * len(evidence)
    marks, found = marked(text, evidence)
    return ({target: pieces(value, marks.get(target, [])) for target, value in text.texts.items()},
            found)
