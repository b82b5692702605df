"""`sipcheck anonymize` when things are not simple: something left in a copy, files that
cannot be read, a copy that would land among the originals, personal data in a file name,
English, and the progress bar on a large folder."""

from __future__ import annotations

import os
import sys

import pytest
from conftest import GOOD_PLAN, REPO
from planted import PERSON, everywhere_docx, pnr

from sipcheck.anonymize import docx_package, docx_text


def test_what_a_copy_still_holds_is_listed_without_values_and_exits_1(
        sipcheck_main, tmp_path, monkeypatch):
    (tmp_path / "planer").mkdir()
    everywhere_docx(tmp_path / "planer" / "plan.docx")
    # Simulate a replacement that misses the runs: only the node-by-node sweep is left.
    monkeypatch.setattr(docx_text.Paragraph, "replace", lambda self, replacer, place: None)
    done = sipcheck_main("anonymize", tmp_path / "planer", "--out", tmp_path / "ut")
    assert done.code == 1
    assert "plan.docx: kvar efter anonymiseringen: " in done.stderr
    assert "personnummer (sidhuvud, stycke 1)" in done.stderr
    assert "namn (tabell 1, rad 2, cell 1)" in done.stderr
    assert "rätta dem för hand innan de skickas" in done.stderr
    assert PERSON not in done.stderr + done.stdout
    report = (tmp_path / "ut" / "anonymisering.csv").read_text("utf-8")
    assert "namn (tabell 1, rad 2, cell 1)" in report and PERSON not in report


def test_what_the_scan_of_a_copy_finds_is_learnt_and_the_copy_made_again(
        sipcheck_main, tmp_path, monkeypatch):
    (tmp_path / "planer").mkdir()
    everywhere_docx(tmp_path / "planer" / "plan.docx")
    real, made = docx_package.anonymize_docx, []

    def first_copy_misses_the_runs(data, replacer):
        made.append(len(made))
        if len(made) > 1:
            return real(data, replacer)
        with monkeypatch.context() as patch:
            patch.setattr(docx_text.Paragraph, "replace", lambda self, replacer, place: None)
            return real(data, replacer)

    monkeypatch.setattr(docx_package, "anonymize_docx", first_copy_misses_the_runs)
    done = sipcheck_main("anonymize", tmp_path / "planer", "--out", tmp_path / "ut")
    assert done.code == 0, done.stderr
    assert made == [0, 1]
    assert sipcheck_main("scan", tmp_path / "ut").code == 0


def test_a_file_that_cannot_be_read_is_named_and_the_others_are_copied(sipcheck_main, write_files):
    folder = write_files({"koping/gammal.doc": b"\xd0\xcf\x11\xe0 not a docx",
                          "koping/plan.md": GOOD_PLAN})
    out = folder.parent / "ut"
    done = sipcheck_main("anonymize", folder, "--out", out)
    assert done.code == 2
    assert "koping/gammal.doc: Äldre Word-format (.doc) läses inte" in done.stderr
    assert "1 av 2 planer anonymiserades" in done.stderr
    assert (out / "koping" / "plan.md").read_text("utf-8") == GOOD_PLAN
    assert not (out / "koping" / "gammal.doc").exists()


def test_copies_never_go_among_the_plans(sipcheck_main, write_files):
    folder = write_files({"koping/plan.md": GOOD_PLAN})
    done = sipcheck_main("anonymize", folder, "--out", folder / "anonymiserade")
    assert done.code == 2
    assert "ligger i" in done.stderr and "välj en mapp utanför planerna" in done.stderr
    assert not (folder / "anonymiserade").exists()


def test_personal_data_in_a_file_name_is_replaced_by_its_kind(sipcheck_main, write_files):
    number = pnr("850314", "123")
    folder = write_files({f"koping/sip-{number}.md": GOOD_PLAN,
                          "karin-lindqvist/plan.md": GOOD_PLAN,
                          "plans.csv": f"file;unit;date\nkoping/sip-{number}.md;Köping;2024-05-14\n"
                                       "karin-lindqvist/plan.md;Arboga;2024-06-01\n"})
    out = folder.parent / "ut"
    done = sipcheck_main("anonymize", folder, "--out", out, "--name", PERSON)
    assert done.code == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == [
        "[namn]/plan.md", "koping/sip-[personnummer].md"]
    assert (out / "plans.csv").read_text("utf-8").splitlines() == [
        "file,unit,date,id", "koping/sip-[personnummer].md,Köping,2024-05-14,",
        "[namn]/plan.md,Arboga,2024-06-01,"]
    assert number not in done.stdout + done.stderr and "lindqvist" not in done.stdout.lower()


def test_in_english(sipcheck_main, write_files):
    folder = write_files({"koping/plan.md": GOOD_PLAN + "\nNamn: Anna Andersson\n"})
    done = sipcheck_main("anonymize", folder, "--out", folder.parent / "ut", "--lang", "en")
    assert done.code == 0
    assert "koping/plan.md → koping/plan.md: 1 name" in done.stdout
    assert "1 of 1 plans were anonymised into" in done.stderr
    bad = sipcheck_main("anonymize", folder, "--out", folder.parent / "ut2", "--name", "123",
                        "--lang", "en")
    assert bad.code == 2 and "does not look like a name" in bad.stderr


def test_a_progress_bar_follows_a_large_folder(write_files):
    pexpect = pytest.importorskip("pexpect")
    folder = write_files({f"enhet-{n % 3}/plan-{n:02d}.md": GOOD_PLAN for n in range(14)})
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm", "PYTHONIOENCODING": "utf-8"}
    for name in ("SIPCHECK_LANG", "NO_COLOR"):
        env.pop(name, None)
    child = pexpect.spawn(sys.executable, ["-m", "sipcheck", "anonymize", str(folder), "--out",
                                           str(folder.parent / "ut")], cwd=str(REPO), env=env,
                          encoding="utf-8", timeout=60, dimensions=(40, 100))
    child.expect("Anonymiserar")
    child.expect("14 av 14 planer anonymiserades")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
