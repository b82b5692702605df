"""YAML that would exhaust memory or the stack, and `extends:` pointing at any file: each
refused in well under a second with a positioned message, nothing of the file echoed."""

from __future__ import annotations

import pytest
from hostile.corpus import alias_bomb, deep_yaml

from sipcheck.checklist.loader import validate_file


def _problems(path) -> list[str]:
    data, problems = validate_file(str(path))
    assert data is None
    return [problem.text("en") for problem in problems]


def test_an_alias_bomb_is_refused_at_the_alias(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb(), encoding="utf-8")
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:8:") and "anchors and aliases" in problem


def test_a_self_containing_anchor_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("id: loop\ntitle: Loop\nfield_labels: &a [x, *a]\ncriteria: []\n")
    (problem,) = _problems(path)
    assert "contains itself" in problem and problem.startswith(f"{path}:3:")


def test_deep_nesting_is_refused_without_a_recursion_error(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text(deep_yaml(), encoding="utf-8")
    (problem,) = _problems(path)
    assert problem.startswith(f"{path}:3:") and "nested more than" in problem


def test_a_huge_checklist_is_refused_before_it_is_read(tmp_path, sipcheck_main):
    path = tmp_path / "huge.yaml"
    path.write_text("id: huge\ntitle: Huge\n# " + "x" * 3_000_000 + "\n")
    run = sipcheck_main("checklist", "validate", path)
    assert run.code == 2 and "YAML-filer på högst 2\u00a0000\u00a0000 byte" in run.stderr


SECRET = "karin:x:1000:1000:Karin Lundgren 811218-9876:/home/karin:/bin/sh\n"


@pytest.mark.parametrize(("target", "name", "content"), [
    ("../secret", "secret", SECRET),                      # not a .yaml file: never read
    ("../secret.yaml", "secret.yaml", "karin: " + SECRET),  # YAML, but no checklist
])
def test_extends_never_echoes_a_file_that_is_no_checklist(tmp_path, sipcheck_main, target, name,
                                                          content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    child = tmp_path / "sub" / "c.yaml"
    child.write_text(f"extends: {target}\nid: c\ntitle: C\n", encoding="utf-8")
    run = sipcheck_main("checklist", "validate", child)
    assert run.code == 2
    assert "Karin" not in run.stderr and "811218" not in run.stderr and "karin" not in run.stderr
    assert "checklista" in run.stderr


def test_an_alias_bomb_in_an_import_file_is_refused(tmp_path):
    from sipcheck.experts.answer_files import read_answers
    from sipcheck.text import SipcheckError

    path = tmp_path / "svar.yaml"
    text = alias_bomb().replace("criteria: []", "bedömningar: *a8")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SipcheckError, match="rad 8, kolumn"):
        read_answers(path, text.encode(), {}, "Anna")
    deep = "bedömningar: " + "[" * 10_000 + "]" * 10_000 + "\n"
    with pytest.raises(SipcheckError, match="nästlade"):
        read_answers(path, deep.encode(), {}, "Anna")


def test_escape_sequences_in_a_checklist_never_reach_the_terminal(tmp_path, sipcheck_main):
    path = tmp_path / "esc.yaml"
    path.write_text('extends: kvalitetskollen\nid: esc\ntitle: "Titel\\e]0;HACKED\\a\\e[2J"\n',
                    encoding="utf-8")
    run = sipcheck_main("checklist", "show", path)
    assert run.code == 0 and "Titel]0;HACKED[2J" in run.stdout
    assert "\x1b" not in run.stdout + run.stderr
