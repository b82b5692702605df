"""Not one planted personal value in any output: every review format, the saved round, the
comparison in every format, the experts' export, the cache, messages and error texts, for
personal data in folder and unit names, file names, plan ids, hidden parts of documents,
plan text, comments and a library's error message. Nothing printed carries a terminal
escape sequence."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import docx
import pytest
from hostile.corpus import NAME, PNR, PNR_LONG, assert_clean

ESCAPE = "\x1b]0;HACKED\x07\x1b[2J"


def _hidden_docx(path: Path) -> None:
    """A clean plan whose personal data is only in hidden parts."""
    document = docx.Document()
    document.core_properties.author = NAME
    document.add_heading("Syfte", level=1)
    paragraph = document.add_paragraph("Kim behöver stöd för att kunna gå i skolan igen.")
    document.add_comment(paragraph.runs[0], text=f"Ring mamma, pnr {PNR_LONG}", author="Bo Berg")
    document.save(path)


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "plans"
    unit = root / f"{NAME} {PNR}"
    unit.mkdir(parents=True)
    (unit / "sip-Karin_Lundgren.md").write_text(
        f"# Syfte {ESCAPE}\n\nVi träffade Anna Andersson i går. Ring 070-111 22 33.\n\n"
        "# Deltagare\n\n- Kim\n- Mamma\n", encoding="utf-8")
    _hidden_docx(unit / "dold.docx")
    other = root / "arboga"
    other.mkdir()
    (other / "trasig.docx").write_bytes(b"PK\x03\x04abcd19121212-1212" + b"\0" * 64)
    (other / "plan.md").write_text("# Syfte\n\nKim ska få stöd i skolan, 19121212-1212.\n",
                                   encoding="utf-8")
    (root / "plans.csv").write_text(
        f"file,unit,date,id\narboga/plan.md,{NAME} {PNR},2024-02-01,{PNR_LONG}\n",
        encoding="utf-8")
    return root


def _outputs(run, *args) -> str:
    done = run(*args)
    text = done.stdout + done.stderr
    assert "\x1b" not in text and "\x07" not in text, args
    return text


@pytest.mark.parametrize("options", [[], ["--details"], ["-f", "json"], ["-f", "csv"],
                                     ["-f", "markdown", "--details"],
                                     ["--lang", "en", "--details"], ["-f", "csv", "--lang", "en"]])
def test_no_planted_value_in_any_review_output(sipcheck_main, planted, options):
    assert_clean(_outputs(sipcheck_main, "review", planted, *options), str(options))


def test_hidden_parts_and_masked_names_are_reported_by_place(sipcheck_main, planted):
    out = sipcheck_main("review", planted, "-f", "json").stdout
    plans = {plan["file"]: plan for plan in json.loads(out)["plans"]}
    assert set(plans) == {"[namn] [personnummer]/sip-[namn].md", "[namn] [personnummer]/dold.docx",
                          "arboga/trasig.docx", "arboga/plan.md"}
    hidden = {p["where"].get("part") for p in plans["[namn] [personnummer]/dold.docx"]["problems"]}
    assert {"comment", "properties"} <= hidden
    assert plans["arboga/plan.md"]["unit"] == "[namn] [personnummer]"
    assert plans["arboga/plan.md"]["id"] == "[personnummer]"


def test_scan_finds_hidden_parts_and_exits_1(sipcheck_main, planted):
    run = sipcheck_main("scan", planted, "--lang", "en")
    assert run.code == 2  # the broken .docx
    assert "comment" in run.stdout and "document properties" in run.stdout
    assert_clean(run.stdout + run.stderr, "scan")


def test_saved_round_comparison_export_and_cache_hold_nothing(sipcheck_main, planted, tmp_path):
    saved = tmp_path / "r.json"
    _outputs(sipcheck_main, "review", planted, "--save", saved)
    assert_clean(saved.read_text("utf-8"), "saved round")
    later = tmp_path / "r2.json"
    _outputs(sipcheck_main, "review", planted, "--save", later)  # from the cache
    for fmt in ("table", "markdown", "csv", "json", "html"):
        assert_clean(_outputs(sipcheck_main, "compare", saved, later, "-f", fmt, "--by", "unit"),
                     fmt)
    report = tmp_path / "rapport.docx"
    _outputs(sipcheck_main, "compare", saved, later, "-o", report)
    with zipfile.ZipFile(report) as package:
        assert_clean(package.read("word/document.xml").decode("utf-8"), "compare docx")
    for name in ("workshop.csv", "workshop.yaml"):
        _outputs(sipcheck_main, "assess", saved, "--export", tmp_path / name, "-r", "Bo")
        assert_clean((tmp_path / name).read_text("utf-8-sig"), name)
    cache = Path(os.environ["SIPCHECK_CACHE_DIR"])
    entries = [p for p in cache.rglob("*.json") if p.parent.parent.name != "checklists"]
    assert entries
    for entry in entries:
        assert_clean(entry.read_text("utf-8"), str(entry))
    # The kept checklist (whose numbers, squeezed together, spell anything) holds nothing
    # of the plans: it is the same as the one kept by a review of other plans.
    [kept] = (cache / "checklists").rglob("*.json")
    content = kept.read_bytes()
    kept.unlink()
    other = tmp_path / "andra"
    other.mkdir()
    (other / "plan.md").write_text("# Syfte\n\nKim ska få stöd i skolan.\n", encoding="utf-8")
    _outputs(sipcheck_main, "review", other)
    assert kept.read_bytes() == content


def test_a_cached_review_equals_a_cold_one(sipcheck_main, planted):
    def plans(*options) -> list:
        return json.loads(sipcheck_main("review", planted, "-f", "json", *options).stdout)["plans"]

    cold = plans("--no-cache")
    assert plans() == cold and plans() == cold  # filling the cache, then from it


def test_a_comment_and_a_reviewer_are_masked_or_refused(sipcheck_main, planted, tmp_path):
    saved = tmp_path / "r.json"
    sipcheck_main("review", planted, "--save", saved)
    data = json.loads(saved.read_text("utf-8"))
    plan = next(p["id"] for p in data["plans"] if p["score"])
    answers = tmp_path / "svar.csv"
    answers.write_text(f"plan;kriterium;nivå;granskare;kommentar\n{plan};syfte;1;Bo;"
                       f"Pratade med {NAME}, {PNR}\n", encoding="utf-8")
    _outputs(sipcheck_main, "assess", saved, "--import", answers)
    assert_clean(saved.read_text("utf-8"), "round with a comment")
    run = sipcheck_main("assess", saved, "--reviewer", NAME)
    assert run.code == 2 and "förnamn eller initialer" in run.stderr
    assert_clean(run.stderr, "reviewer refused")


def test_a_hand_edited_round_is_masked_and_stripped_on_load(sipcheck_main, planted, tmp_path):
    saved = tmp_path / "r.json"
    sipcheck_main("review", planted, "--save", saved)
    data = json.loads(saved.read_text("utf-8"))
    data["plans"][0]["unit"] = f"{NAME} {PNR}{ESCAPE}"
    data["checklist"]["title"] = f"Kvalitet{ESCAPE}"
    saved.write_text(json.dumps(data), encoding="utf-8")
    for fmt in ("table", "markdown", "csv"):
        assert_clean(_outputs(sipcheck_main, "compare", saved, saved, "-f", fmt), fmt)


def test_an_unexpected_error_names_no_personal_data(planted, monkeypatch, capsys):
    import sys

    import sipcheck.review
    from sipcheck.cli.app import main

    def broken(*args, **kwargs):
        raise ValueError(f"header b'abcd{PNR_LONG}'")

    monkeypatch.setattr(sipcheck.review, "review_paths", broken)
    monkeypatch.delenv("SIPCHECK_DEBUG", raising=False)
    monkeypatch.setattr(sys, "argv", ["sipcheck", "review", str(planted), "--lang", "en"])
    with pytest.raises(SystemExit):
        main()
    err = capsys.readouterr().err
    assert "Unexpected error" in err and "[personal identity number]" in err
    assert PNR_LONG not in err
