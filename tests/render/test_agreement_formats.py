"""Every agreement format shows the same numbers, in Swedish or in English, and no
personnummer planted in a hand-edited round file reaches any of them.

The round: two reviewers judge all 6 × 12 judgements of the example round (72, enough
not to be flagged as few), disagreeing on some; one conflict is resolved. Then the file is
edited by hand, as a user might: a personnummer typed into a comment, a resolution and a
plan id, bypassing the redaction `assess` does. The expected figures are counted here
from that file. One run per format and language, shared by the tests.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import re
import zipfile

import pytest
from experts.test_agreement import NOMINAL, ORDER, TIME, base, judge
from helpers import HtmlRows

from sipcheck.experts import agreement_stats
from sipcheck.experts.assessments import Answer, apply
from sipcheck.rounds import dumps

PNR = "19121212-1212"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb", "SIPCHECK_LANG": None}
FORMATS = ("table", "markdown", "csv", "json", "html", "docx")


def half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


def build_round(folder) -> tuple:
    data = base()
    for plan in [p["id"] for p in data["plans"]]:
        judge(data, "Anna", plan, {"syfte": "delvis"} if plan.startswith("arboga") else {})
        judge(data, "Bo", plan, {"samtycke": "ej_tillampligt"} if plan.startswith("koping")
              else {}, {"samtycke": "Samtycke saknas helt."})
    apply(data, [Answer("koping/sip-01", "samtycke", "delvis", "Anna", "Vi enades.")],
          resolving=True, time=TIME)
    # Hand edits after `assess` had masked everything.
    plan = next(p for p in data["plans"] if p["id"] == "koping/sip-02")
    plan["id"] = f"koping/{PNR}"
    result = next(r for r in plan["criteria"] if r["id"] == "samtycke")
    bo = next(a for a in result["assessments"] if a["reviewer"] == "Bo")
    bo["comment"] = f"Pappans personnummer {PNR} står i planen."
    first = next(p for p in data["plans"] if p["id"] == "koping/sip-01")
    settled = next(r for r in first["criteria"] if r["id"] == "samtycke")["resolution"]
    settled["comment"] = f"Vi enades ({PNR})."
    path = folder / "omgang.json"
    path.write_text(dumps(data), "utf-8")
    return path, data


def expected(data: dict) -> dict:
    """(judgements, agreeing, kappa) for automatic–Anna, automatic–Bo, Anna–Bo; alpha."""
    answers = [{a["reviewer"]: a["level"] for a in r["assessments"]} | {
        "auto": r.get("automatic", r["level"])} for p in data["plans"] for r in p["criteria"]]
    out = {}
    for a, b in (("auto", "Anna"), ("auto", "Bo"), ("Anna", "Bo")):
        pairs = [(x[a], x[b]) for x in answers]
        out[a, b] = (len(pairs), sum(x == y for x, y in pairs),
                     agreement_stats.cohen_kappa(pairs, ORDER, NOMINAL))
    out["alpha"] = agreement_stats.krippendorff_alpha(
        [[x["Anna"], x["Bo"]] for x in answers], ORDER, NOMINAL)
    return out


def share_text(n: int, agreeing: int, lang: str = "sv") -> str:
    sign = "%" if lang == "en" else " %"
    return f"{half_up(100 * agreeing / n)}{sign} ({agreeing}/{n})"


def decimal(value: float, digits: int = 2, lang: str = "sv") -> str:
    text = f"{value:.{digits}f}"
    return text if lang == "en" else text.replace(".", ",")


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict:
    from typer.testing import CliRunner

    from sipcheck.cli.app import app

    folder = tmp_path_factory.mktemp("agreement")
    path, data = build_round(folder)
    runner = CliRunner()
    out = {"data": data, "expected": expected(data)}
    for lang in ("sv", "en"):
        for fmt in FORMATS:
            target = folder / f"report-{lang}.{fmt}"
            args = ["agreement", str(path), "--format", fmt, "--lang", lang]
            if fmt in ("html", "docx"):
                args += ["--output", str(target)]
            result = runner.invoke(app, args, env=ENV)
            assert result.exit_code == 0, (fmt, result.stdout, result.stderr, result.exception)
            if fmt == "docx":
                out[lang, fmt] = docx_text(target)
            elif fmt == "html":
                out[lang, fmt] = target.read_text("utf-8")
            else:
                out[lang, fmt] = result.stdout
    return out


def docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    with zipfile.ZipFile(path) as archive:  # everything in the file, not only the body
        raw = "".join(archive.read(name).decode("utf-8", "replace")
                      for name in archive.namelist())
    return "\n".join(lines) + "\n<raw>\n" + raw


def rows_of(made: dict, lang: str, fmt: str) -> list[list[str]]:
    """Table rows (cell texts) of a rendered report, in document order."""
    text = made[lang, fmt]
    if fmt == "markdown":
        return [[c.strip() for c in r.strip("|").split(" | ")] for r in text.splitlines()
                if r.startswith("| ")]
    if fmt == "html":
        parser = HtmlRows()
        parser.feed(text)
        return parser.rows
    if fmt == "docx":
        return [r.split(" | ") for r in text.split("\n<raw>\n")[0].splitlines() if " | " in r]
    return [re.split(r"\s{2,}", r.strip()) for r in text.splitlines()]


LABELS = {"sv": {("auto", "Anna"): "Automatisk – Anna", ("auto", "Bo"): "Automatisk – Bo",
                 ("Anna", "Bo"): "Anna – Bo", "alpha": "Båda granskarna"},
          "en": {("auto", "Anna"): "Automatic – Anna", ("auto", "Bo"): "Automatic – Bo",
                 ("Anna", "Bo"): "Anna – Bo", "alpha": "Both reviewers"}}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "docx"])
def test_every_format_shows_the_same_numbers(made, fmt, lang):
    rows = rows_of(made, lang, fmt)
    for key, label in LABELS[lang].items():
        row = next(r for r in rows if r and r[0] == label)  # the first: the whole round
        if key == "alpha":
            value = made["expected"]["alpha"]
            assert decimal(value, 3, lang) in row, row
            band = agreement_stats.BANDS[agreement_stats.interpret_alpha(value)]
        else:
            n, agreeing, kappa = made["expected"][key]
            assert share_text(n, agreeing, lang) in row and str(n) in row, row
            assert decimal(kappa, 2, lang) in row, row
            band = agreement_stats.BANDS[agreement_stats.interpret_kappa(kappa)]
        assert band[1 if lang == "en" else 0] in row, row


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_csv_and_json_hold_the_same_numbers(made, lang):
    delimiter, comma = (",", ".") if lang == "en" else (";", ",")
    rows = list(csv.DictReader(io.StringIO(made[lang, "csv"].lstrip("\ufeff")),
                               delimiter=delimiter))
    overall = {r["reviewers"]: r for r in rows
               if r["scope"] == "all" and r["statistic"] == "cohen_kappa"}
    data = json.loads(made[lang, "json"])
    comparisons = data["overall"]["comparisons"]
    for (a, b), (n, agreeing, kappa) in ((k, v) for k, v in made["expected"].items()
                                         if k != "alpha"):
        row = overall[b if a == "auto" else f"{a} / {b}"]
        assert (int(row["judgements"]), int(row["agreeing"])) == (n, agreeing)
        assert float(row["value"].replace(comma, ".")) == pytest.approx(kappa, abs=5e-4)
        assert float(row["agreement_percent"].replace(comma, ".")) == pytest.approx(
            100 * agreeing / n, abs=0.05)
        found = next(c for c in comparisons
                     if c["reviewers"] == ([b] if a == "auto" else [a, b]))
        assert (found["judgements"], found["agreeing"]) == (n, agreeing)
        assert found["value"] == pytest.approx(kappa)
    alpha = next(r for r in rows
                 if r["scope"] == "all" and r["statistic"] == "krippendorff_alpha")
    assert float(alpha["value"].replace(comma, ".")) == pytest.approx(
        made["expected"]["alpha"], abs=5e-4)
    per_criterion = [r for r in rows if r["scope"] == "criterion"]
    assert len({r["criterion"] for r in per_criterion}) == 12
    assert all(r["few_judgements"] == "1" for r in per_criterion)  # 6 plans each


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "docx"])
def test_disagreements_with_comments_and_status(made, fmt):
    text = made["sv", fmt]
    assert "Oenigheter: där experterna valde en annan nivå" in text
    assert "Samtycke saknas helt." in text  # Bo's comment on a conflict
    assert "avgjord: Delvis uppfyllt (Anna)" in text
    assert "konflikt" in text
    rows = rows_of(made, "sv", fmt)
    conflict = next(r for r in rows if r and r[0] == "arboga/sip-01" and "konflikt" in r)
    assert "Delvis uppfyllt" in conflict  # Anna's level; the automatic one was Uppfyllt
    assert conflict[2] == "Uppfyllt"


def test_small_numbers_flagged_per_criterion(made):
    for fmt in ("table", "markdown", "html", "docx"):
        assert "få bedömningar: osäkert värde" in made["sv", fmt]
        assert "few judgements: uncertain value" in made["en", fmt]


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "docx", "csv"])
def test_english_everywhere(made, fmt):
    text = html.unescape(made["en", fmt]) if fmt == "html" else made["en", fmt]
    for word in ("Granskare", "Samma nivå", "mycket god", "Hela omgången", "Oenigheter",
                 "konflikt", "Tolkning", "Bedömningar", "Automatisk", "[personnummer]"):
        assert word not in text, (fmt, word)
    if fmt != "csv":
        for phrase in ("Agreement between raters", "Same level", "Cohen's κ",
                       "Disagreements: where the experts chose another level",
                       "How to read the numbers",
                       "Landis & Koch"):
            assert phrase in text, (fmt, phrase)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_personnummer_reaches_any_format(made, fmt, lang):
    text = made[lang, fmt]
    assert PNR not in text and PNR.replace("-", "") not in text
    assert "121212-1212" not in text
    if fmt != "csv":  # CSV has no comments or plan ids
        mask = "[personal identity number]" if lang == "en" else "[personnummer]"
        assert mask in text
        assert f"koping/{mask}" in text  # the hand-edited plan id, masked


def test_the_planted_round_is_a_valid_round_file(made, tmp_path):
    from sipcheck.rounds import load_round

    path = tmp_path / "r.json"
    path.write_text(dumps(made["data"]), "utf-8")
    assert PNR in path.read_text("utf-8")  # the file really holds it
    load_round(path)
