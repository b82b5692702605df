"""The workshop's pages through Flask's test client: the key, the hidden answers, what is
saved and what is refused. The browser test (`test_workshop_browser.py`) drives the same
pages in Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import REPO

from sipcheck.workshop.app import COOKIE, create_app
from sipcheck.workshop.server import bind_address, loopback_hosts
from sipcheck.workshop.sources import Workshop

TOKEN = "k3y-for-the-tests"
PLANS = REPO / "examples" / "plans" / "2024-02"


@pytest.fixture
def round_file(tmp_path):
    target = tmp_path / "2024-02.json"
    shutil.copy(REPO / "examples" / "rounds" / "2024-02.json", target)
    return target


def client_for(round_file, lang="sv", reviewer=None, plans=PLANS):
    app = create_app(Workshop(round_file, plans), TOKEN, lang, reviewer,
                     hosts=loopback_hosts("127.0.0.1"))
    return app.test_client()


@pytest.fixture
def client(round_file):
    made = client_for(round_file)
    made.set_cookie(COOKIE, "Cecilia", domain="localhost")
    return made


def saved(round_file, plan, criterion):
    data = json.loads(round_file.read_text("utf-8"))
    entry = next(p for p in data["plans"] if p["id"] == plan)
    return next(r for r in entry["criteria"] if r["id"] == criterion)


@pytest.mark.parametrize("path", ["/", "/plan?id=arboga/sip-01", f"/{TOKEN}x/",
                                  "/static/workshop.css", f"/x/{TOKEN}/"])
def test_a_request_without_the_key_is_refused(client, path):
    response = client.get(path)
    assert response.status_code == 403
    assert "nyckel" in response.get_data(as_text=True)
    assert client.post("/answer", data={"plan": "arboga/sip-01"}).status_code == 403


def test_a_page_reached_through_another_host_name_is_refused(client):
    """A web page cannot point its own name at 127.0.0.1 and talk to the workshop."""
    assert client.get(f"/{TOKEN}/", headers={"Host": "evil.example:8000"}).status_code == 400
    assert client.get(f"/{TOKEN}/", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_pages_forbid_anything_from_elsewhere_and_are_not_cached(client):
    response = client.get(f"/{TOKEN}/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert response.headers["Cache-Control"] == "no-store"
    page = response.get_data(as_text=True)
    assert "http://" not in page and "https://" not in page
    assert client.get(f"/{TOKEN}/static/workshop.js").status_code == 200


def test_the_plans_page_counts_and_filters_by_unit_and_criterion(client):
    page = client.get(f"/{TOKEN}/").get_data(as_text=True)
    assert page.count('href="/k3y-for-the-tests/plan?id=') == 6
    assert "71 av 72 bedömningar avgjorda" in page
    page = client.get(f"/{TOKEN}/?unit=koping").get_data(as_text=True)
    assert "koping/sip-01" in page and "arboga/sip-01" not in page
    page = client.get(f"/{TOKEN}/?criterion=uppfoljning").get_data(as_text=True)
    assert "across=1" in page and "konflikt" in page


def test_other_reviewers_answers_are_hidden_until_you_have_answered(client, round_file):
    url = f"/{TOKEN}/plan?id=koping/sip-01&c=huvudansvar"
    before = client.get(url).get_data(as_text=True)
    assert "Anna, Bo" in before and "Syns när du har svarat" in before
    response = client.post(f"/{TOKEN}/answer", data={
        "plan": "koping/sip-01", "criterion": "huvudansvar", "level": "delvis",
        "comment": "Ring Kim på 070-123 45 67"})
    assert response.status_code == 303
    assert "c=andra_aktorer" in response.headers["Location"]
    assert "masked=1" in response.headers["Location"]
    after = client.get(url).get_data(as_text=True)
    assert "<strong>Anna</strong>" in after and "Syns när du har svarat" not in after
    mine = next(a for a in saved(round_file, "koping/sip-01", "huvudansvar")["assessments"]
                if a["reviewer"] == "Cecilia")
    assert mine["level"] == "delvis" and "070-123" not in mine["comment"]
    assert "[telefonnummer]" in mine["comment"]


def test_a_wrong_answer_is_refused_with_a_message_and_nothing_is_saved(client, round_file):
    before = round_file.read_bytes()
    response = client.post(f"/{TOKEN}/answer", data={
        "plan": "koping/sip-01", "criterion": "syfte", "level": "halvbra",
        "back": f"/{TOKEN}/plan?id=koping/sip-01"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "okänd nivå «halvbra»" in page and "inget har sparats" in page
    assert 'href="/k3y-for-the-tests/plan?id=koping/sip-01"' in page
    assert round_file.read_bytes() == before
    response = client.post(f"/{TOKEN}/resolve", data={
        "plan": "koping/sip-01", "criterion": "syfte", "level": "delvis"})
    assert "ingen konflikt att avgöra" in response.get_data(as_text=True)
    assert round_file.read_bytes() == before


def test_without_a_name_nothing_can_be_answered(round_file):
    nameless = client_for(round_file)
    page = nameless.get(f"/{TOKEN}/plan?id=koping/sip-01").get_data(as_text=True)
    assert "Skriv ditt namn" in page and 'action="/k3y-for-the-tests/answer"' not in page
    response = nameless.post(f"/{TOKEN}/answer", data={
        "plan": "koping/sip-01", "criterion": "syfte", "level": "delvis"})
    assert response.status_code == 400
    response = nameless.post(f"/{TOKEN}/reviewer", data={"name": " Åsa  Berg ",
                                                         "back": "//evil.example/"})
    assert response.headers["Location"] == f"/{TOKEN}/"
    page = nameless.get(f"/{TOKEN}/plan?id=koping/sip-01").get_data(as_text=True)
    assert 'value="Åsa Berg"' in page


def test_a_resolution_records_who_settled_it(client, round_file):
    page = client.get(f"/{TOKEN}/resolve").get_data(as_text=True)
    assert "kungsor/sip-01" in page and "Väntar på avgörande (1)" in page
    client.post(f"/{TOKEN}/resolve", data={"plan": "kungsor/sip-01",
                                           "criterion": "uppfoljning", "level": "delvis"})
    result = saved(round_file, "kungsor/sip-01", "uppfoljning")
    assert result["status"] == "resolved" and result["resolution"]["reviewer"] == "Cecilia"
    assert "Väntar på avgörande (0)" in client.get(f"/{TOKEN}/resolve").get_data(as_text=True)


def test_the_page_speaks_english_when_asked(round_file):
    english = client_for(round_file, lang="en", reviewer="Cecilia")
    page = english.get(f"/{TOKEN}/plan?id=kungsor/sip-01&c=uppfoljning").get_data(as_text=True)
    assert "Accept the suggestion" in page and "Partly fulfilled" in page
    assert "Godta" not in page and 'lang="en"' in page


def test_a_plan_whose_file_is_missing_is_still_judged(round_file, tmp_path):
    elsewhere = client_for(round_file, reviewer="Cecilia", plans=tmp_path)
    page = elsewhere.get(f"/{TOKEN}/plan?id=arboga/sip-01&c=syfte").get_data(as_text=True)
    assert "Planfilen hittades inte" in page and "Greta har fått" in page  # the evidence


def test_the_server_listens_on_loopback_unless_told_otherwise_and_warns_then():
    assert bind_address(None).host == "127.0.0.1" and bind_address(None).warning is None
    assert bind_address("localhost").loopback and bind_address("localhost").warning is None
    anywhere = bind_address("0.0.0.0")
    assert not anywhere.loopback and "andra datorer" in anywhere.warning.sv


def test_sipcheck_help_does_not_load_the_web_server():
    """`sipcheck --help` stays fast: Flask and waitress load inside the command only."""
    done = subprocess.run([sys.executable, "-c", "import sys, sipcheck.cli.app; print("
                           "sorted({'flask', 'waitress', 'werkzeug'} & set(sys.modules)))"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_answer_from_the_terminal_meanwhile_is_shown_and_kept(client, round_file):
    """`assess` in a terminal and the browser on one round: neither loses the other's."""
    from sipcheck.experts import assessments
    from sipcheck.experts.assessments import Answer
    from sipcheck.rounds import update_round

    client.get(f"/{TOKEN}/")  # the round is read and kept
    update_round(round_file, lambda data: assessments.apply(
        data, [Answer("arboga/sip-02", "syfte", "delvis", "Dora")]))
    page = client.get(f"/{TOKEN}/plan?id=arboga/sip-02&c=syfte").get_data(as_text=True)
    assert "Anna, Bo, Dora" in page
    client.post(f"/{TOKEN}/answer", data={"plan": "arboga/sip-02", "criterion": "syfte",
                                          "level": "ej_uppfyllt"})
    reviewers = [a["reviewer"] for a in saved(round_file, "arboga/sip-02", "syfte")["assessments"]]
    assert reviewers == ["Anna", "Bo", "Dora", "Cecilia"]


def test_an_unknown_plan_is_a_page_that_says_so(client):
    response = client.get(f"/{TOKEN}/plan?id=nowhere/sip-99")
    assert response.status_code == 404
    assert "ingen sådan plan" in response.get_data(as_text=True)
