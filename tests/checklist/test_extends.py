"""`extends`: a county's checklist built on a bundled one, and its mistakes.

A child names its parent (`extends: kvalitetskollen`, or a path relative to itself) and
writes only what differs: aliases for its own template, criteria changed by id, disabled,
or added, weights and level labels. Problems found after merging point into the file that
caused them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from sipcheck.checklist.loader import checklist_sha256, load_checklist, validate_file, validate_text
from sipcheck.text import SipcheckError

KVALITETSKOLLEN = yaml.safe_load((REPO / "checklists" / "kvalitetskollen.yaml").read_text("utf-8"))
PARENT_IDS = [c["id"] for c in KVALITETSKOLLEN["criteria"]]

# A county's template asks "Vad ska planen leda till?" where others write "Syfte".
COUNTY = """\
extends: kvalitetskollen
id: lan
title: Länets checklista
sections:
  purpose:
    - Ärendets inriktning
criteria:
  - id: begriplighet
    disable: true
"""

COUNTY_PLAN = """\
# Samordnad individuell plan

## Ärendets inriktning

Kim har inte varit i skolan sedan oktober och mår dåligt av oro. Skolan, BUP och
socialtjänsten behöver samordna sitt stöd så att Kim kan börja gå i skolan igen.

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Samtal med kurator en gång i veckan | Kurator, elevhälsan Köping | Från v. 10 |

## Uppföljning

2024-05-14 kl. 13.00
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def header_cells(table_output: str) -> list[str]:
    """The column titles of the first rich table in the output (COLUMNS=200)."""
    line = next(line for line in table_output.splitlines() if line.startswith("┃"))
    return [cell.strip() for cell in line.strip("┃").split("┃")]


# --- done when: a county checklist reviews plans as expected ---------------------------------

def test_county_checklist_reviews_plans_as_expected(cli, write_files, tmp_path):
    plans = write_files({"lan/sip-01.md": COUNTY_PLAN})
    county = write(tmp_path, "lan.yaml", COUNTY)

    default_run = cli("review", plans)
    county_run = cli("review", plans, "--checklist", county)
    assert default_run.code == 0 and county_run.code == 0, county_run.stderr
    default_columns, county_columns = header_cells(default_run.stdout), header_cells(
        county_run.stdout)
    assert len(county_columns) == len(default_columns) - 1
    assert "Begriplig" in default_columns and "Begriplig" not in county_columns
    assert [c for c in default_columns if c != "Begriplig"] == county_columns

    default_levels = _levels(cli("review", plans, "--format", "json").stdout)
    county_levels = _levels(cli("review", plans, "-c", county, "--format", "json").stdout)
    # The county's own heading is its purpose; the default checklist does not know it.
    assert default_levels["syfte"] == "ej_uppfyllt"
    assert county_levels["syfte"] == "uppfyllt"
    assert "begriplighet" not in county_levels
    assert {k: v for k, v in default_levels.items() if k not in ("syfte", "begriplighet")} == \
        {k: v for k, v in county_levels.items() if k != "syfte"}


def _levels(json_text: str) -> dict[str, str]:
    data = json.loads(json_text)
    return {c["id"]: c["level"] for c in data["plans"][0]["criteria"]}


def test_county_round_file_names_the_county_checklist(cli, write_files, tmp_path):
    plans = write_files({"lan/sip-01.md": COUNTY_PLAN})
    county = write(tmp_path, "lan.yaml", COUNTY)
    data = json.loads(cli("review", plans, "-c", county, "--format", "json").stdout)
    assert data["checklist"]["id"] == "lan"
    assert data["checklist"]["title"] == "Länets checklista"
    assert [c["id"] for c in data["checklist"]["criteria"]] == PARENT_IDS[:-1]
    assert data["checklist"]["sha256"] == load_checklist(str(county)).sha256


# --- what a child inherits, changes and adds -------------------------------------------------

CHILD = """\
extends: kvalitetskollen
id: barn
title: Barn
sections:
  purpose: [Syfte, Planens syfte]
  school: [Skolsituation]
terms:
  roles: ['\\bkoordinator\\w*']
  school_words: ['\\bskolan\\b']
field_labels: [Handläggare]
levels:
  - {id: delvis, label: Delvis, symbol: "~"}
  - {id: okant, label: Okänt, points: null}
not_a_plan: {min_sections: 2}
criteria:
  - id: syfte
    title: Planens syfte framgår
    weight: 2
  - id: deltagare
    disable: true
  - id: uppfoljning
    rules:
      - level: uppfyllt
        when: {kind: date, section: follow_up}
  - id: samtycke
    rules:
      - level: uppfyllt
        when: {kind: pattern, patterns: ['\\bsamtyck\\w*']}
    examples:
      - {name: samtycke_finns, level: uppfyllt, plan: "Samtycke: muntligt."}
  - id: skolan
    title: Skolan deltar
    short: Skolan
    rules:
      - level: uppfyllt
        when: {kind: pattern, patterns: ['@school_words']}
example_rows: ['^\\W*t\\.\\s?ex\\.\\s*:']
"""


@pytest.fixture
def child(tmp_path):
    return load_checklist(str(write(tmp_path, "barn.yaml", CHILD)))


def test_child_adds_overrides_and_disables_criteria(child):
    ids = [c.id for c in child.criteria]
    assert ids == [i for i in PARENT_IDS if i != "deltagare"] + ["skolan"]
    by_id = {c.id: c for c in child.criteria}
    parent = {c.id: c for c in load_checklist("kvalitetskollen").criteria}
    # Only the keys written change; the rest is the parent's.
    assert by_id["syfte"].title == "Planens syfte framgår" and by_id["syfte"].weight == 2
    assert by_id["syfte"].rules == parent["syfte"].rules
    assert by_id["syfte"].guidance == parent["syfte"].guidance
    assert by_id["syfte"].title_en == parent["syfte"].title_en
    # `rules` replaces the parent's rules.
    assert len(by_id["uppfoljning"].rules) == 1
    assert by_id["uppfoljning"].rules[0].when == {"kind": "date", "section": "follow_up"}
    assert by_id["skolan"].rules[0].when["patterns"] == ["\\bskolan\\b"]


def test_child_inherits_examples_except_for_criteria_whose_rules_it_replaces(child, tmp_path):
    by_id = {c.id: c for c in child.criteria}
    parent = {c.id: c for c in load_checklist("kvalitetskollen").criteria}
    assert by_id["syfte"].examples == parent["syfte"].examples
    assert by_id["syfte"].examples[0].file == "kvalitetskollen.yaml"
    assert by_id["uppfoljning"].examples == []  # new rules, no examples of its own
    assert [e.name for e in by_id["samtycke"].examples] == ["samtycke_finns"]
    assert by_id["samtycke"].examples[0].file == str(tmp_path / "barn.yaml")
    assert by_id["samtycke"].examples[0].line == 30
    assert by_id["skolan"].examples == []


def test_child_extends_sections_terms_labels_levels(child):
    parent = load_checklist("kvalitetskollen")
    assert child.sections["purpose"] == [*parent.sections["purpose"], "Planens syfte"]
    assert child.sections["school"] == ["Skolsituation"]
    assert child.field_labels == [*parent.field_labels, "Handläggare"]
    assert child.example_rows == [*parent.example_rows, "^\\W*t\\.\\s?ex\\.\\s*:"]
    assert child.vocabulary().is_example_row(["T.ex.: Skolan", "mentor", "ht 2025"])
    assert not parent.vocabulary().is_example_row(["T.ex.: Skolan", "mentor", "ht 2025"])
    assert child.min_sections == 2
    levels = {level.id: level for level in child.levels}
    assert [level.id for level in child.levels] == [
        "uppfyllt", "delvis", "ej_uppfyllt", "ej_tillampligt", "okant"]
    assert levels["delvis"].label == "Delvis" and levels["delvis"].symbol == "~"
    assert levels["delvis"].points == 1 and levels["delvis"].label_en == "Partly fulfilled"
    roles = next(r for r in child.criteria if r.id == "huvudansvar").rules[0].when["roles"]
    assert roles[-1] == "\\bkoordinator\\w*" and len(roles) > 1
    assert child.vocabulary().section_of("Planens syfte") == "purpose"


def test_child_keeps_its_own_identity(child, tmp_path):
    assert (child.id, child.title, child.title_en) == ("barn", "Barn", "Barn")
    assert child.version == "" and child.description == ""
    assert child.extends == ["kvalitetskollen.yaml"]
    assert child.source == str(tmp_path / "barn.yaml")


def test_sha256_is_of_the_resolved_checklist_without_examples(tmp_path):
    same = write(tmp_path, "same.yaml", "extends: kvalitetskollen\nid: same\ntitle: Same\n")
    standalone = {k: v for k, v in KVALITETSKOLLEN.items()
                  if k not in ("version", "description", "title_en")}
    standalone.update(id="same", title="Same")
    assert load_checklist(str(same)).sha256 == checklist_sha256(standalone)
    assert load_checklist("kvalitetskollen").sha256 == checklist_sha256(KVALITETSKOLLEN)

    reworded = json.loads(json.dumps(KVALITETSKOLLEN))
    reworded["criteria"][0]["examples"][0]["plan"] = "Syfte: något annat.\n"
    assert checklist_sha256(reworded) == checklist_sha256(KVALITETSKOLLEN)
    reweighted = json.loads(json.dumps(KVALITETSKOLLEN))
    reweighted["criteria"][0]["weight"] = 3
    assert checklist_sha256(reweighted) != checklist_sha256(KVALITETSKOLLEN)


def test_extends_a_path_relative_to_the_file_through_two_levels(tmp_path, monkeypatch):
    write(tmp_path, "gemensam/bas.yaml",
          "extends: kvalitetskollen\nid: bas\ntitle: Bas\n"
          "criteria:\n  - {id: begriplighet, disable: true}\n")
    write(tmp_path, "lan/kommun.yaml",
          "extends: ../gemensam/bas.yaml\nid: kommun\ntitle: Kommun\n"
          "criteria:\n  - {id: deltagare, weight: 3}\n")
    monkeypatch.chdir(tmp_path)
    loaded = load_checklist("lan/kommun.yaml")
    assert loaded.extends == ["gemensam/bas.yaml", "kvalitetskollen.yaml"]
    assert [c.id for c in loaded.criteria] == PARENT_IDS[:-1]
    assert next(c for c in loaded.criteria if c.id == "deltagare").weight == 3
    monkeypatch.chdir(tmp_path / "gemensam")
    assert load_checklist("../lan/kommun.yaml").id == "kommun"


def test_validate_text_and_validate_file_resolve_extends(tmp_path):
    path = write(tmp_path, "lan.yaml", COUNTY)
    data, problems = validate_file(str(path))
    assert problems == [] and data["id"] == "lan"
    assert [c["id"] for c in data["criteria"]] == PARENT_IDS[:-1]
    assert "extends" not in data
    data, problems = validate_text(COUNTY, str(path))
    assert problems == [] and len(data["criteria"]) == len(PARENT_IDS) - 1


def test_load_checklist_refuses_a_broken_child(tmp_path):
    path = write(tmp_path, "lan.yaml", COUNTY.replace("id: begriplighet", "id: begriplig"))
    with pytest.raises(SipcheckError) as error:
        load_checklist(str(path))
    assert error.value.message == f"Checklistan {path} är ogiltig (1 fel):"
    assert error.value.details == [
        f"{path}:8:5: criteria[begriplig]: kriteriet finns inte i kvalitetskollen.yaml och "
        "kan inte stängas av. Menade du «begriplighet»?"]


def test_bundled_children_extend_by_name():
    for name in ("lagkrav", "sip-barn"):
        text = (REPO / "checklists" / f"{name}.yaml").read_text("utf-8")
        assert yaml.safe_load(text)["extends"] == "kvalitetskollen"
        assert load_checklist(name).extends == ["kvalitetskollen.yaml"]


# --- mistakes in a child, each where it was written ------------------------------------------

@pytest.fixture
def validate(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return lambda *args: cli("checklist", "validate", *args)


def test_missing_parent_file(validate, tmp_path):
    write(tmp_path, "a.yaml", "extends: ./saknas.yaml\nid: a\ntitle: A\n")
    run = validate("a.yaml")
    assert run.code == 2
    assert run.stderr == (
        "a.yaml:1:10: extends: checklistan «./saknas.yaml» finns inte (letade efter "
        "saknas.yaml). Ange en inbyggd checklista (kvalitetskollen, lagkrav, sip-barn) eller "
        "en sökväg relativ till den här filen.\n")


def test_missing_parent_in_a_subfolder_names_the_path_looked_for(validate, tmp_path):
    write(tmp_path, "lan/a.yaml", "id: a\ntitle: A\nextends: bas.yaml\n")
    run = validate("lan/a.yaml", "--lang", "en")
    assert run.stderr == (
        "lan/a.yaml:3:10: extends: the checklist 'bas.yaml' does not exist (looked for "
        "lan/bas.yaml). Give a bundled checklist (kvalitetskollen, lagkrav, sip-barn) or a "
        "path relative to this file.\n")


def test_misspelt_bundled_parent(validate, tmp_path):
    write(tmp_path, "a.yaml", "extends: kvalitetskolen\nid: a\ntitle: A\n")
    run = validate("a.yaml")
    assert run.stderr == (
        "a.yaml:1:10: extends: checklistan «kvalitetskolen» finns inte (letade efter "
        "kvalitetskolen). Menade du «kvalitetskollen»? Ange en inbyggd checklista "
        "(kvalitetskollen, lagkrav, sip-barn) eller en sökväg relativ till den här filen.\n")


def test_cycle(validate, tmp_path):
    write(tmp_path, "a.yaml", "extends: ./b.yaml\nid: a\ntitle: A\n")
    write(tmp_path, "b.yaml", "id: b\ntitle: B\nextends: ./a.yaml\n")
    run = validate("a.yaml")
    assert run.code == 2
    assert run.stderr == "b.yaml:3:10: extends bildar en cirkel: a.yaml → b.yaml → a.yaml.\n"
    run = validate("b.yaml", "--lang", "en")
    assert run.stderr == "a.yaml:1:10: extends forms a cycle: b.yaml → a.yaml → b.yaml.\n"


def test_a_checklist_that_extends_itself(validate, tmp_path):
    write(tmp_path, "a.yaml", "extends: ./a.yaml\nid: a\ntitle: A\n")
    assert validate("a.yaml").stderr == (
        "a.yaml:1:10: extends bildar en cirkel: a.yaml → a.yaml.\n")


def test_problems_of_an_invalid_parent_point_into_the_parent(validate, tmp_path):
    write(tmp_path, "bas.yaml", "id: bas\ntitle: Bas\ncriteria:\n  - id: x\n    title: X\n"
          "    rules: [{level: bra, when: {kind: section, section: purpose}}]\n")
    write(tmp_path, "lan/a.yaml", "extends: ../bas.yaml\nid: a\ntitle: A\n")
    run = validate("lan/a.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "bas.yaml:6:21: nivån «bra» är inte definierad; välj en av: uppfyllt, delvis, "
        "ej_uppfyllt, ej_tillampligt.",
        "bas.yaml:6:57: avsnittet «purpose» finns inte under sections.",
    ]


BROKEN_CHILD = """\
extends: kvalitetskollen
id: lan
title: Län
sections:
  purpose: ["Vad ska planen leda till?"]
terms:
  roles: ['\\bkoordinator\\w*', '(oavslutad']
levels:
  - {id: delvis, label: Delvis}
  - {id: extra}
criteria:
  - id: syfe
    disable: true
  - id: syfte
    weight: 0
  - id: krisplan
    short: Krisplan
  - id: uppfoljning
    rules:
      - level: uppfyllt
        when: {kind: date, section: folow_up, near: ['@uppfoljning']}
  - id: uppfoljning
    weight: 2
  - id: deltagare
    titel: Deltagare
  - id: begriplighet
    definitions: {bra: Bra.}
  - id: syftet
    rules:
      - level: uppfyllt
        when: {kind: section, section: purpose}
"""


def test_every_mistake_in_a_child_at_once_and_in_the_child(validate, tmp_path):
    write(tmp_path, "lan.yaml", BROKEN_CHILD)
    run = validate("lan.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "lan.yaml:7:31: det reguljära uttrycket «(oavslutad» går inte att tolka: missing ), "
        "unterminated subpattern.",
        "lan.yaml:10:5: levels[extra]: nyckeln «label» saknas; en ny nivå behöver label.",
        "lan.yaml:12:5: criteria[syfe]: kriteriet finns inte i kvalitetskollen.yaml och kan "
        "inte stängas av. Menade du «syfte»?",
        "lan.yaml:15:13: criteria[syfte].weight måste vara större än 0.",
        "lan.yaml:16:5: criteria[krisplan]: nycklarna «title» och «rules» saknas. «krisplan» "
        "finns inte i kvalitetskollen.yaml, så det är ett nytt kriterium, och ett nytt "
        "kriterium behöver title och rules.",
        "lan.yaml:21:37: avsnittet «folow_up» finns inte under sections. Menade du "
        "«follow_up»?",
        "lan.yaml:21:54: termlistan «uppfoljning» finns inte under terms.",
        "lan.yaml:22:9: kriteriet «uppfoljning» finns redan.",
        "lan.yaml:25:5: okänd nyckel «titel». Menade du «title»?",
        "lan.yaml:27:19: nivån «bra» är inte definierad; välj en av: uppfyllt, delvis, "
        "ej_uppfyllt, ej_tillampligt, extra.",
        "lan.yaml:28:5: criteria[syftet]: nyckeln «title» saknas. «syftet» finns inte i "
        "kvalitetskollen.yaml, så det är ett nytt kriterium, och ett nytt kriterium behöver "
        "title och rules. Menade du «syfte»?",
    ]


def test_mistakes_in_a_child_in_english(validate, tmp_path):
    write(tmp_path, "lan.yaml", BROKEN_CHILD)
    lines = validate("lan.yaml", "--lang", "en").stderr.splitlines()
    assert lines[2] == ("lan.yaml:12:5: criteria[syfe]: the criterion is not in "
                        "kvalitetskollen.yaml and cannot be disabled. Did you mean 'syfte'?")
    assert lines[4] == ("lan.yaml:16:5: criteria[krisplan]: the keys 'title' and 'rules' are "
                        "missing. 'krisplan' is not in kvalitetskollen.yaml, so it is a new "
                        "criterion, and a new criterion needs a title and rules.")


def test_review_refuses_a_child_with_a_missing_parent_before_reading_plans(
        sipcheck_main, write_files, tmp_path, monkeypatch):
    plans = write_files({"lan/sip-01.md": COUNTY_PLAN})
    write(tmp_path, "lan.yaml", COUNTY.replace("kvalitetskollen", "./bas.yaml"))
    monkeypatch.chdir(tmp_path)
    run = sipcheck_main("review", plans, "--checklist", "lan.yaml")
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.splitlines()[:2] == [
        "Checklistan lan.yaml är ogiltig (1 fel):",
        "lan.yaml:1:10: extends: checklistan «./bas.yaml» finns inte (letade efter bas.yaml). "
        "Ange en inbyggd checklista (kvalitetskollen, lagkrav, sip-barn) eller en sökväg "
        "relativ till den här filen.",
    ]
