"""`sipcheck feedback ROUND --all -o folder/`: a document per plan and an index, so a
project leader with many plans can send each team its own, and no team gets another's."""

from __future__ import annotations

import csv
import io
import json

from conftest import REPO
from docx import Document

ROUND = REPO / "examples" / "rounds" / "2024-02.json"


def _text(path) -> str:
    document = Document(str(path))
    return "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])


def test_every_plan_gets_its_own_document_and_the_index_says_whose(cli, tmp_path,
                                                                   monkeypatch):
    (tmp_path / "sipcheck.toml").write_text('[units]\nkoping = "Köping"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("feedback", ROUND, "--all", "-o", "aterkoppling")
    assert run.code == 0, run.stderr
    folder = tmp_path / "aterkoppling"
    plans = [p["id"] for p in json.loads(ROUND.read_text("utf-8"))["plans"]]
    documents = sorted(path.name for path in folder.glob("*.docx"))
    assert documents == sorted(f"{plan.replace('/', '-')}.docx" for plan in plans)
    for plan in plans:
        text = _text(folder / f"{plan.replace('/', '-')}.docx")
        assert plan in text
        assert not [other for other in plans if other != plan and other in text]
    index = list(csv.reader(io.StringIO((folder / "index.csv").read_text("utf-8-sig")),
                            delimiter=";"))
    assert index[0] == ["plan", "enhet", "planfil", "återkoppling"]
    assert ["koping/sip-01", "Köping", "koping/sip-01.docx", "koping-sip-01.docx"] in index
    assert run.stderr.startswith(f"6 återkopplingar sparades i aterkoppling (förteckning: "
                                 f"{'aterkoppling/index.csv'}).")


def test_nothing_is_overwritten_without_force_and_nothing_is_half_written(
        cli, sipcheck_main, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    (folder / "kungsor-sip-02.md").write_text("mitt eget", encoding="utf-8")
    run = sipcheck_main("feedback", ROUND, "--all", "-o", folder, "--format", "markdown")
    assert run.code == 2 and "kungsor-sip-02.md finns redan" in run.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["kungsor-sip-02.md"]
    forced = cli("feedback", ROUND, "--all", "-o", folder, "-f", "markdown", "--force")
    assert forced.code == 0 and len(list(folder.glob("*.md"))) == 6


def test_a_plan_that_could_not_be_read_is_listed_without_a_document(cli, tmp_path):
    data = json.loads(ROUND.read_text("utf-8"))
    broken = data["plans"][0]
    broken.update(status="unreadable", score=None, criteria=[], statutory_missing=[])
    round_file = tmp_path / "omgang.json"
    round_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = cli("feedback", round_file, "--all", "-o", tmp_path / "ut", "--lang", "en")
    assert run.code == 0, run.stderr
    assert not (tmp_path / "ut" / "arboga-sip-01.docx").exists()
    assert "No feedback to plans that could not be read: arboga/sip-01." in run.stderr
    index = (tmp_path / "ut" / "index.csv").read_text("utf-8-sig")
    assert "arboga/sip-01,arboga,arboga/sip-01.docx,none: the plan could not be read" in index


def test_all_needs_a_folder_and_not_a_plan(sipcheck_main, tmp_path):
    assert "Ange mappen för återkopplingarna med --output" in \
        sipcheck_main("feedback", ROUND, "--all").stderr
    both = sipcheck_main("feedback", ROUND, "--all", "--plan", "koping/sip-01", "-o", tmp_path)
    assert both.code == 2 and "antingen --plan eller --all" in both.stderr
    neither = sipcheck_main("feedback", ROUND)
    assert neither.code == 2 and "Ange planen med --plan ID" in neither.stderr
