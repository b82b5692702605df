"""The review's checklist kept in the cache folder: the same checklist as loading it, never
a stale one (a changed file, parent or sipcheck is read afresh), nothing but the
checklist's content in the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

import sipcheck.checklist.loader
from sipcheck.checklist.kept import FOLDER, load_checklist_kept
from sipcheck.checklist.loader import load_checklist
from sipcheck.text import SipcheckError

PARENT = """\
extends: kvalitetskollen
id: lan
title: Länets checklista
sections:
  purpose:
    - Ärendets inriktning
"""

CHILD = """\
extends: ../lan/lan.yaml
id: kommun
title: Kommunens checklista
criteria:
  - id: egen
    title: Egen fråga
    rules:
      - level: uppfyllt
        when: {kind: section, section: purpose}
    examples:
      - name: egen-exempel
        level: uppfyllt
        plan: |
          # SIP

          ## Ärendets inriktning

          Kim ska kunna gå i skolan igen.
"""


@pytest.fixture
def county(tmp_path) -> Path:
    (tmp_path / "lan").mkdir()
    (tmp_path / "kommun").mkdir()
    (tmp_path / "lan" / "lan.yaml").write_text(PARENT, encoding="utf-8")
    child = tmp_path / "kommun" / "kommun.yaml"
    child.write_text(CHILD, encoding="utf-8")
    return child


@pytest.fixture
def loads(monkeypatch):
    """Counts the checklists loaded from their YAML (not from the cache folder)."""
    seen = []
    real = sipcheck.checklist.loader.load_source

    def load_source(source, read=None):
        seen.append(source.name)
        return real(source, read)

    monkeypatch.setattr(sipcheck.checklist.loader, "load_source", load_source)
    return seen


def test_a_kept_checklist_is_the_one_loading_gives(county, tmp_path, loads):
    cache = tmp_path / "cache"
    expected = load_checklist(str(county))
    loads.clear()
    first = load_checklist_kept(str(county), cache, "v1")
    second = load_checklist_kept(str(county), cache, "v1")
    assert first == second == expected
    assert second.extends == [str(tmp_path / "lan" / "lan.yaml"), "kvalitetskollen.yaml"]
    own = next(c for c in second.criteria if c.id == "egen").examples[0]
    assert (own.file, own.line) == (str(county), 11)
    assert loads == [str(county)]  # the second came from the cache folder
    # the bundled checklist is kept too
    assert load_checklist_kept("kvalitetskollen", cache, "v1") == load_checklist("kvalitetskollen")


@pytest.mark.parametrize("change", ["child", "parent", "version"])
def test_a_changed_file_or_sipcheck_is_read_afresh(county, tmp_path, loads, change):
    cache = tmp_path / "cache"
    load_checklist_kept(str(county), cache, "v1")
    version = "v1"
    if change == "child":
        county.write_text(CHILD.replace("Egen fråga", "Ny fråga"), encoding="utf-8")
    elif change == "parent":
        (tmp_path / "lan" / "lan.yaml").write_text(
            PARENT.replace("Länets checklista", "Länets nya checklista"), encoding="utf-8")
    else:
        version = "v2"
    again = load_checklist_kept(str(county), cache, version)
    assert len(loads) == 2
    assert again == load_checklist(str(county))
    if change == "parent":
        assert "Ärendets inriktning" in again.sections["purpose"]


def test_the_entry_holds_no_path_and_no_temporary_file_is_left(county, tmp_path):
    cache = tmp_path / "cache"
    load_checklist_kept(str(county), cache, "v1")
    files = [p for p in (cache / FOLDER).rglob("*") if p.is_file()]
    assert len(files) == 1 and not files[0].name.startswith(".tmp-")
    held = files[0].read_text("utf-8")
    assert str(tmp_path) not in held and "kommun.yaml" not in held  # its `extends` value only


def test_an_invalid_checklist_is_refused_and_not_kept(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("extends: kvalitetskollen\nid: x\ntitle: X\ncriteria: 3\n", encoding="utf-8")
    with pytest.raises(SipcheckError):
        load_checklist_kept(str(bad), tmp_path / "cache", "v1")
    assert not (tmp_path / "cache" / FOLDER).exists()


def test_a_damaged_entry_is_loaded_afresh_and_repaired(county, tmp_path, loads):
    cache = tmp_path / "cache"
    expected = load_checklist_kept(str(county), cache, "v1")
    [entry] = [p for p in (cache / FOLDER).rglob("*.json")]
    entry.write_text('{"format": "sipcheck-checklist/1", "key": "', encoding="utf-8")
    assert load_checklist_kept(str(county), cache, "v1") == expected
    assert load_checklist_kept(str(county), cache, "v1") == expected
    assert len(loads) == 2


def test_a_cache_folder_that_cannot_be_written_only_means_loading(county, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert load_checklist_kept(str(county), blocked, "v1") == load_checklist(str(county))
