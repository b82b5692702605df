"""`sipcheck feedback`: what the team behind one plan reads, in every format.

One round is built from the example round with experts' answers of every kind (confirmed,
changed, conflict, settled, not applicable) on the plan `koping/sip-01`, and an answer on
another plan that must never show. Then personal data is planted straight into the JSON, as
a hand edit would, in a comment, an evidence quotation and a reason. Each format is made
once through the command line and shared by the tests.
"""

from __future__ import annotations

import copy
import json
import zipfile
from html.parser import HTMLParser

import pytest
from conftest import ENV
from helpers import automatic_round

from sipcheck.experts.assessments import Answer, apply
from sipcheck.experts.feedback import feedback
from sipcheck.text import SipcheckError
from sipcheck.text.evidence import distinct

PLAN = "koping/sip-01"
OTHERS = ["arboga/sip-01", "arboga/sip-02", "koping/sip-02", "kungsor/sip-01",
          "kungsor/sip-02"]
PNR, PHONE, EMAIL = "19121212-1212", "070-123 45 67", "anna.svensson@example.se"
PERSONAL = f"Ring mamma på {PHONE}, pnr {PNR}, {EMAIL}."
RAW = [PNR, "191212121212", "121212-1212", PHONE, "0701234567", EMAIL, "@example.se"]
OTHER_COMMENT = "Kommentar som bara gäller den andra planen"
TIME = "2024-03-01T10:00:00+00:00"


def _round() -> dict:
    data = automatic_round()
    apply(data, [
        Answer(PLAN, "syfte", "uppfyllt", "Kim", "Tydligt syfte."),
        Answer(PLAN, "syfte", "uppfyllt", "Lo"),
        Answer(PLAN, "enskildes_mal", "uppfyllt", "Kim", "Målet står i jagform i bilagan."),
        Answer(PLAN, "samtycke", "uppfyllt", "Kim", "Samtycket finns i journalen."),
        Answer(PLAN, "samtycke", "ej_uppfyllt", "Lo", "Inget datum för samtycket."),
        Answer(PLAN, "ansvar", "delvis", "Kim"),
        Answer(PLAN, "ansvar", "ej_uppfyllt", "Lo", "Kommunen räcker inte som ansvarig."),
        Answer(PLAN, "begriplighet", "ej_tillampligt", "Lo", "Går inte att bedöma."),
        Answer("koping/sip-02", "syfte", "uppfyllt", "Kim", OTHER_COMMENT),
    ], time=TIME)
    apply(data, [Answer(PLAN, "ansvar", "ej_uppfyllt", "Sam", "Avgjort på mötet.")],
          resolving=True, time=TIME)
    # A hand edit: personal data straight into the JSON, past the redaction of `apply`.
    plan = next(p for p in data["plans"] if p["id"] == PLAN)
    results = {r["id"]: r for r in plan["criteria"]}
    results["samtycke"]["assessments"][0]["comment"] = PERSONAL
    results["ansvar"]["evidence"][0]["text"] = "Mamma nås på " + PERSONAL
    results["huvudansvar"]["reason"] += " " + PERSONAL
    return data


def _norm(text: str) -> str:
    return " ".join(text.split())


class _Text(HTMLParser):
    """The text a reader sees: everything but the style sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.style = False

    def handle_starttag(self, tag, attrs):
        self.style = self.style or tag == "style"

    def handle_endtag(self, tag):
        self.style = self.style and tag != "style"

    def handle_data(self, data):
        if not self.style:
            self.parts.append(data)


def _html_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return _norm(" ".join(parser.parts))


@pytest.fixture(scope="module")
def round_data() -> dict:
    return _round()


@pytest.fixture(scope="module")
def reports(tmp_path_factory, round_data) -> dict:
    """Each format once, through the real command line: text as the reader sees it, plus
    the raw bytes (for the docx every XML part of the file)."""
    from typer.testing import CliRunner

    from sipcheck.cli.app import app

    folder = tmp_path_factory.mktemp("feedback")
    path = folder / "round.json"
    path.write_text(json.dumps(round_data, ensure_ascii=False), "utf-8")
    runner = CliRunner()
    env = {k: v for k, v in ENV.items()}
    out = {"path": path}
    for key, args in {"table": [], "markdown": ["-f", "markdown"],
                      "html": ["-o", folder / "feedback.html"],
                      "docx": ["-o", folder / "feedback.docx"],
                      "en": ["-f", "markdown", "--lang", "en"]}.items():
        result = runner.invoke(app, ["feedback", str(path), "--plan", PLAN,
                                     *map(str, args)], env=env)
        assert result.exit_code == 0, (key, result.stdout, result.stderr, result.exception)
        out[key] = {"raw": result.stdout, "text": _norm(result.stdout)}
    out["markdown"]["text"] = out["markdown"]["text"].replace("\\", "")
    out["en"]["text"] = out["en"]["text"].replace("\\", "")
    page = (folder / "feedback.html").read_text("utf-8")
    out["html"] = {"raw": page, "text": _html_text(page)}
    with zipfile.ZipFile(folder / "feedback.docx") as archive:
        xml = "\n".join(archive.read(name).decode("utf-8", "replace")
                        for name in archive.namelist())
    from docx import Document

    document = Document(str(folder / "feedback.docx"))
    out["docx"] = {"raw": xml, "text": _norm(" ".join(p.text for p in document.paragraphs))}
    return out


FORMATS = ["table", "markdown", "html", "docx"]


def _plan(round_data: dict, plan_id: str = PLAN) -> dict:
    return next(p for p in round_data["plans"] if p["id"] == plan_id)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_criterion_with_level_evidence_comments_and_guidance(reports, round_data, fmt):
    text = reports[fmt]["text"]
    assert PLAN in text and "2024-02" in text and "koping" in text
    checklist = {c["id"]: c for c in round_data["checklist"]["criteria"]}
    for result in _plan(round_data)["criteria"]:
        assert checklist[result["id"]]["title"] in text
        for evidence in distinct(result["evidence"]):  # each quotation once
            if PNR not in evidence["text"]:
                assert _norm(evidence["text"]) in text, (fmt, evidence["text"])
    for level in ("✔ Uppfyllt", "◐ Delvis uppfyllt", "✘ Ej uppfyllt", "– Ej tillämpligt"):
        assert level in text
    for comment in ("Tydligt syfte.", "Målet står i jagform i bilagan.",
                    "Inget datum för samtycket.", "Kommunen räcker inte som ansvarig.",
                    "Avgjort på mötet."):
        assert comment in text, (fmt, comment)
    assert "Kim" in text and "Lo" in text and "Sam" in text
    # guidance for what is not fulfilled, and the next-level reason
    assert _norm(checklist["fragestallningar"]["guidance"]) in text
    assert _norm(checklist["andra_aktorer"]["guidance"]) in text
    # advice points at the best level: what a middle level looks like is no advice
    assert "för uppfyllt krävs" in text and "för delvis uppfyllt krävs" not in text
    # the plan's own score; statutory gaps flagged
    assert "Planens poäng" in text
    # ansvar is statutory and was settled as not fulfilled: now missing too
    assert ("Planen saknar lagkrav: Vem gör vad och när, Andra aktörers åtgärder framgår"
            in text)
    assert "Lagkrav som saknas" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_decided_each_level(reports, fmt):
    text = reports[fmt]["text"]
    assert "bekräftats av 2 experter" in text
    assert "Ändrad av en expert; den automatiska granskningen föreslog «Delvis uppfyllt»" in text
    assert ("Experterna är oense («Uppfyllt», «Ej uppfyllt»). Den automatiska granskningens "
            "förslag gäller tills de har avgjort det.") in text
    assert "Experterna var oense; Sam avgjorde nivån." in text
    assert "Bedömt av den automatiska granskningen" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_gaps_first_then_what_works(reports, fmt):
    text = reports[fmt]["text"]
    improve, good = text.index("Det här kan bli bättre"), text.index("Det här fungerar bra")
    assert improve < good
    # the statutory gap leads; the changed criterion now works; the conflict keeps its
    # automatic level (partly) and so stays among the gaps
    # (the statutory gaps are named in a notice before the sections too)
    assert improve < text.index("Andra aktörers åtgärder framgår", improve) < good
    assert improve < text.index("Samtycke framgår", improve) < good
    assert text.index("Den enskildes mål framgår", improve) > good
    assert text.index("Syftet framgår", improve) > good
    # statutory gaps lead the list
    assert text.index("Vem gör vad och när", improve) < text.index(
        "Frågeställningar framgår", improve)


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_about_any_other_plan(reports, round_data, fmt):
    text = reports[fmt]["raw"] + reports[fmt]["text"]
    for other in OTHERS:
        assert other not in text
    assert OTHER_COMMENT not in text
    assert "Greta" not in text  # arboga/sip-01's evidence
    assert "Medelpoäng" not in text and "Jämförelse" not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_personal_data_never_shown(reports, fmt):
    for key in ("raw", "text"):
        for value in RAW:
            assert value not in reports[fmt][key], (fmt, value)
    text = reports[fmt]["text"]
    for mask in ("[personnummer]", "[telefonnummer]", "[e-postadress]"):
        assert mask in text, (fmt, mask)


def test_english(reports):
    text = reports["en"]["text"]
    for words in ("Feedback on your SIP", "What can be better", "What works well",
                  "✘ Not fulfilled", "◐ Partly fulfilled", "Statutory content missing",
                  "The experts disagree («Fulfilled», «Not fulfilled»). The automatic "
                  "review's suggestion applies until they have settled it.",
                  "confirmed by 2 experts", "Sam settled the level",
                  "Questions for the meeting are stated", "[phone number]"):
        assert words in text, words
    assert "which questions the meeting is to answer" in text  # guidance_en
    assert "Det här kan bli bättre" not in text and PHONE not in text


def test_unknown_plan_lists_the_closest(sipcheck_main, reports):
    run = sipcheck_main("feedback", reports["path"], "--plan", "koping/sip01")
    assert run.code == 2
    assert "Planen «koping/sip01» finns inte i omgången" in run.stderr
    assert "koping/sip-01" in run.stderr and "koping/sip-02" in run.stderr
    assert run.stdout == ""


def test_at_most_ten_suggestions(round_data):
    data = copy.deepcopy(round_data)
    template = data["plans"][0]
    data["plans"] = [dict(template, id=f"unit/sip-{n:02}") for n in range(15)]
    with pytest.raises(SipcheckError) as error:
        feedback(data, "unit/sip-1", "sv")
    assert sum(f"unit/sip-{n:02}" in error.value.message for n in range(15)) == 10


def test_unreadable_plan(round_data):
    data = copy.deepcopy(round_data)
    plan = _plan(data, "arboga/sip-02")
    plan.update(status="unreadable", score=None, criteria=[])
    with pytest.raises(SipcheckError) as error:
        feedback(data, "arboga/sip-02", "en")
    assert "could not be read" in error.value.text("en")
    assert "kunde inte läsas" in error.value.text("sv")


def test_one_plan_per_call(sipcheck_main, reports):
    run = sipcheck_main("feedback", reports["path"], "--plan", PLAN, "--plan", OTHERS[0])
    assert run.code == 2 and "en plan per körning" in run.stderr


def test_refuses_to_overwrite(sipcheck_main, reports, tmp_path):
    target = tmp_path / "feedback.md"
    target.write_text("kvar", "utf-8")
    run = sipcheck_main("feedback", reports["path"], "--plan", PLAN, "-o", target)
    assert run.code == 2 and "--force" in run.stderr
    assert target.read_text("utf-8") == "kvar"
    run = sipcheck_main("feedback", reports["path"], "--plan", PLAN, "-o", target, "--force")
    assert run.code == 0 and "# Återkoppling på er SIP" in target.read_text("utf-8")
    run = sipcheck_main("feedback", reports["path"], "--plan", PLAN, "-f", "docx")
    assert run.code == 2 and "--output" in run.stderr


def test_guidance_from_the_bundled_checklist_only_when_identical(round_data,
                                                                  bundled_checklist_once):
    data = copy.deepcopy(round_data)
    for criterion in data["checklist"]["criteria"]:
        criterion.pop("guidance", None)
        criterion.pop("guidance_en", None)

    def guidance(result: dict) -> dict:
        return {i["id"]: i["guidance"] for s in result["sections"] for i in s["criteria"]
                if s["key"] == "improve"}

    found = guidance(feedback(data, PLAN, "sv"))
    assert found["fragestallningar"].startswith("Skriv i kallelsen")
    data["checklist"]["sha256"] = "0" * 64
    assert set(guidance(feedback(data, PLAN, "sv")).values()) == {None}
    data["checklist"]["id"] = "egen"
    assert set(guidance(feedback(data, PLAN, "sv")).values()) == {None}


def test_only_comments_with_text_and_no_automatic_reason_under_an_experts_level():
    """A reviewer who accepted without a word adds no line; where the experts chose another
    level than the review, the review's reason (which explains the other level) is not
    shown as the reason for theirs."""
    data = _round()
    items = {item["id"]: item for section in feedback(data, PLAN)["sections"]
             for item in section["criteria"]}
    assert [c["reviewer"] for c in items["syfte"]["comments"]] == ["Kim"]
    assert items["syfte"]["reason"]  # confirmed: the review's reason stands
    result = next(r for p in data["plans"] if p["id"] == PLAN for r in p["criteria"]
                  if r["id"] == "enskildes_mal")
    assert result["status"] == "changed"
    assert items["enskildes_mal"]["reason"] == ""
    assert items["enskildes_mal"]["comments"][0]["comment"] == "Målet står i jagform i bilagan."


def test_personal_data_is_flagged_with_an_exclamation_mark_and_never_with_the_statutory_sign(
        round_data):
    """§ means a statutory criterion in every sipcheck report; personal data found in the
    plan is another matter and gets its own mark."""
    import io

    from rich.console import Console

    from sipcheck.render.feedback_terminal import feedback_view

    data = copy.deepcopy(round_data)
    _plan(data)["problems"].append({"code": "pii.personnummer", "severity": "error",
                                    "message": "…", "where": {}})
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(feedback_view(feedback(data, PLAN, "sv")))
    lines = console.file.getvalue().splitlines()
    assert any(line.startswith("! Granskningen hittade personuppgifter") for line in lines)
    assert not any(line.startswith("§") and "personuppgifter" in line for line in lines)
    assert any(line.startswith("§ Planen saknar lagkrav") for line in lines)
