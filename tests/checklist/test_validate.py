"""`sipcheck checklist validate`: every kind of mistake as `file:line:column: message`.

Each broken checklist is a small valid one (BASE, two criteria) with one change, written to
tmp_path. The exact text matters: SIP experts edit these files by hand and an editor or
CI jumps to `file:line:column`. Every class of mistake has its exact message and position
here: YAML syntax (translated from PyYAML), duplicate keys, the schema, and references
(levels, sections, terms, regular expressions, ids). Mistakes in checklists that extend
another are in test_extends.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOOD_PLAN, REPO

import sipcheck.review

BASE = """\
id: mini
title: Mini
sections:
  purpose: [Syfte, Syfte med SIP]
terms:
  goal: ['\\bmål\\w*']
criteria:
  - id: syfte
    title: Syftet framgår
    rules:
      - level: uppfyllt
        when: {kind: section, section: purpose}
  - id: mal
    title: Målet framgår
    weight: 2
    rules:
      - level: uppfyllt
        when:
          kind: pattern
          patterns: ['@goal', 'vill\\s+kunna']
"""
LEVELS = "uppfyllt, delvis, ej_uppfyllt, ej_tillampligt"


def broken(tmp_path: Path, *changes: tuple[str, str], name: str = "broken.yaml") -> Path:
    """BASE with each (old, new) replaced once, written to tmp_path/name (cwd-relative)."""
    text = BASE
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def validate(cli, tmp_path, monkeypatch):
    """validate(*args) with tmp_path as the working directory, so names stay short."""
    monkeypatch.chdir(tmp_path)
    # as in a terminal, where a valid checklist is confirmed ("giltig")
    return lambda *args: cli("checklist", "validate", *args, env={"TTY_COMPATIBLE": "1"})


def test_base_checklist_is_valid(validate, tmp_path):
    broken(tmp_path)
    run = validate("broken.yaml")
    assert run.code == 0
    assert run.stdout == "broken.yaml: giltig\n" and run.stderr == ""


COLON = ("ett kolon följt av mellanslag får inte stå här; sätt hela värdet inom citattecken, "
         't.ex. title: "Mini: liten".')
INDENT = ("fel indrag: raden passar inte in under raderna ovanför. Nycklar på samma nivå ska "
          "börja i samma kolumn, och listrader (-) ska stå under sin nyckel.")
KINDS = "section, pattern, question, first_person, date, table_rows, participants, lix"


def param(changes, expected, id):
    return pytest.param(changes, expected, id=id)


# Every kind of mistake, one each: (changes to BASE, the exact line `validate` prints).
YAML_SYNTAX = [
    param([("title: Mini", "title: Mini: liten")], f"broken.yaml:2:12: YAML-fel: {COLON}",
          "yaml-colon-in-value"),
    param([("title: Mini", "title: 'Mini")],
          "broken.yaml:2:8: YAML-fel: citattecknet ' här avslutas inte på samma rad; lägg till "
          "ett avslutande ' i slutet av värdet.", "yaml-unclosed-quote"),
    param([("patterns: ['@goal', 'vill\\s+kunna']", "patterns: ['@goal', 'vill\\s+kunna]")],
          "broken.yaml:20:31: YAML-fel: citattecknet ' här avslutas aldrig; lägg till ett "
          "avslutande ' i slutet av värdet.", "yaml-unclosed-quote-at-end"),
    param([("    weight: 2", "   weight: 2")], f"broken.yaml:15:4: YAML-fel: {INDENT}",
          "yaml-indented-less"),
    param([("    weight: 2", "      weight: 2")],
          "broken.yaml:15:13: YAML-fel: fel indrag: raden är indragen mer än nyckeln ovanför. "
          "Nycklar på samma nivå ska börja i samma kolumn.", "yaml-indented-more"),
    param([("    weight: 2", "\tweight: 2")],
          "broken.yaml:15:1: YAML-fel: tabbtecken får inte användas i YAML; använd mellanslag "
          "för indrag.", "yaml-tab"),
    param([("    weight: 2\n", "    weight 2\n")],
          "broken.yaml:15:5: YAML-fel: kolon saknas efter nyckeln; skriv nyckel: värde (med "
          "mellanslag efter kolonet).", "yaml-missing-colon"),
    param([("['@goal', ", "[@goal, ")],
          "broken.yaml:20:22: YAML-fel: ett värde kan inte börja med @; sätt det inom "
          "citattecken: '@goal'.", "yaml-unquoted-at"),
    param([("'vill\\s+kunna'", '"vill\\s+kunna"')],
          "broken.yaml:20:37: YAML-fel: \\s går inte inom dubbla citattecken; skriv reguljära "
          "uttryck inom enkla citattecken, t.ex. '\\s+'.", "yaml-escape-in-double-quotes"),
    param([("[Syfte, Syfte med SIP]", "[Syfte, Syfte med SIP")],
          "broken.yaml:4:12: YAML-fel: listan som börjar med [ här stängs aldrig med ], eller "
          "så saknas ett kommatecken mellan värdena.", "yaml-unclosed-list"),
    param([("[Syfte, Syfte med SIP]", "[Syfte, Vad är syftet?]")],
          "broken.yaml:4:33: YAML-fel: ett värde med ? i en lista inom [ ] ska stå inom "
          "citattecken: 'Vad är syftet?'; eller skriv listan med en rad per värde (- Vad är "
          "syftet?).", "yaml-question-mark-in-list"),
    param([("    weight: 2\n", "    weight: *tung\n")],
          "broken.yaml:15:13: YAML-fel: ankaret «*tung» finns inte; det måste definieras med "
          "&tung längre upp.", "yaml-undefined-alias"),
    param([("criteria:\n", "---\ncriteria:\n")],
          "broken.yaml:7:1: YAML-fel: filen innehåller mer än ett YAML-dokument (en rad med "
          "---); en checklista är ett enda dokument.", "yaml-two-documents"),
    param([("title: Mini", "title: Mi\x07ni")],
          "broken.yaml:2:10: YAML-fel: otillåtet tecken (#x0007); ta bort det.",
          "yaml-control-character"),
    param([("    weight: 2\n", "    weight: 2\n    weight: 3\n")],
          "broken.yaml:16:5: nyckeln «weight» finns redan på rad 15; ta bort den ena (YAML "
          "använder bara den sista).", "duplicate-key"),
]
SCHEMA = [
    param([("title: Mini\n", "title: Mini\ntitel: Mini\n")],
          "broken.yaml:3:1: okänd nyckel «titel». Menade du «title»?", "unknown-top-level-key"),
    param([("    weight: 2", "    wieght: 2")],
          "broken.yaml:15:5: okänd nyckel «wieght». Menade du «weight»?",
          "unknown-criterion-key"),
    param([("weight: 2", 'weight: "tung"')],
          "broken.yaml:15:13: criteria[mal].weight ska vara ett tal.", "wrong-type"),
    param([("section: purpose}", "section: 5}")],
          "broken.yaml:12:40: criteria[syfte].rules[1].when.section ska vara text eller en "
          "lista.", "wrong-type-of-alternatives"),
    param([("criteria:\n  - id: syfte", "criteria:\n  x:\n  - id: syfte")],
          "broken.yaml:8:3: criteria ska vara en lista.", "wrong-type-list"),
    param([("    title: Målet framgår\n", "")],
          "broken.yaml:13:5: criteria[mal]: nyckeln «title» saknas.", "missing-required-key"),
    param([("title: Mini\n", "")], "broken.yaml:1:1: (roten): nyckeln «title» saknas.",
          "missing-top-level-key"),
    param([("kind: pattern", "kind: mönster")],
          f"broken.yaml:19:17: criteria[mal].rules[1].when.kind: «mönster» är inte tillåtet; "
          f"välj en av: {KINDS}.", "unknown-kind"),
    param([("when: {kind: section, section: purpose}", "when: {kind: date, precision: [dag]}")],
          "broken.yaml:12:40: criteria[syfte].rules[1].when.precision[1]: «dag» är inte "
          "tillåtet; välj en av: day, week, month, season, relative, vague.",
          "unknown-option-value"),
    param([("when: {kind: section, section: purpose}", "when: {section: purpose}")],
          "broken.yaml:12:15: criteria[syfte].rules[1].when: nyckeln «kind» saknas (eller skriv "
          "all, any eller not).", "condition-without-kind"),
    param([("weight: 2", "weight: 0")],
          "broken.yaml:15:13: criteria[mal].weight måste vara större än 0.", "weight-zero"),
    param([("    title: Målet framgår\n",
            "    title: Målet framgår\n    short: Målet framgår tydligt\n")],
          "broken.yaml:15:12: criteria[mal].short får vara högst 12 tecken («Målet framgår "
          "tydligt» har 21).", "too-long"),
    param([("id: mal", "id: Mål")],
          "broken.yaml:13:9: criteria[Mål].id: «Mål» får bara innehålla små bokstäver a–z, "
          "siffror, _ och -, och börja med en bokstav.", "bad-id"),
    param([("    rules:\n      - level: uppfyllt\n        when: {kind: section, "
            "section: purpose}\n", "    rules: []\n")],
          "broken.yaml:10:12: criteria[syfte].rules får inte vara tom.", "empty-list"),
]
SEMANTIC = [
    param([("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n")],
          f"broken.yaml:17:16: nivån «bra» är inte definierad; välj en av: {LEVELS}.",
          "undefined-level"),
    param([("    weight: 2\n", "    weight: 2\n    otherwise: nej\n")],
          f"broken.yaml:16:16: nivån «nej» är inte definierad; välj en av: {LEVELS}.",
          "undefined-level-otherwise"),
    param([("    weight: 2\n", "    weight: 2\n    definitions: {bra: Bra.}\n")],
          f"broken.yaml:16:19: nivån «bra» är inte definierad; välj en av: {LEVELS}.",
          "undefined-level-definitions"),
    param([("    weight: 2\n", "    weight: 2\n    examples:\n"
            "      - {level: toppen, plan: 'Mål: jag vill kunna jobba.'}\n")],
          f"broken.yaml:17:17: nivån «toppen» är inte definierad; välj en av: {LEVELS}.",
          "undefined-level-example"),
    param([("sections:\n", "levels:\n  - {id: bra, label: Bra, points: 1}\n"
            "  - {id: bra, label: Bäst, points: 2}\nsections:\n"),
           ("- level: uppfyllt\n        when: {", "- level: bra\n        when: {"),
           ("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n")],
          "broken.yaml:5:10: nivån «bra» finns redan.", "duplicate-level-id"),
    param([("sections:\n", "levels:\n  - {id: bra, label: Bra}\n  - {id: dalig, label: Dålig}\n"
            "sections:\n"),
           ("- level: uppfyllt\n        when: {", "- level: bra\n        when: {"),
           ("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n")],
          "broken.yaml:4:3: minst en nivå måste ge poäng (points: 2).", "no-level-gives-points"),
    param([("section: purpose}", "section: syftet}")],
          "broken.yaml:12:40: avsnittet «syftet» finns inte under sections.",
          "undefined-section"),
    param([("section: purpose}", "section: purpos}")],
          "broken.yaml:12:40: avsnittet «purpos» finns inte under sections. Menade du "
          "«purpose»?", "undefined-section-suggested"),
    param([("terms:\n", "person_sections: [person]\nterms:\n")],
          "broken.yaml:5:19: avsnittet «person» finns inte under sections.",
          "undefined-person-section"),
    param([("'@goal'", "'@mål'")],
          "broken.yaml:20:22: termlistan «mål» finns inte under terms.", "undefined-term"),
    param([("'@goal'", "'@goals'")],
          "broken.yaml:20:22: termlistan «goals» finns inte under terms. Menade du «goal»?",
          "undefined-term-suggested"),
    param([("'vill\\s+kunna'", "'vill (kunna'")],
          "broken.yaml:20:31: det reguljära uttrycket «vill (kunna» går inte att tolka: "
          "missing ), unterminated subpattern.", "bad-regex"),
    param([("['\\bmål\\w*']", "['\\bmål(\\w*']")],
          "broken.yaml:6:10: det reguljära uttrycket «\\bmål(\\w*» går inte att tolka: "
          "missing ), unterminated subpattern.", "bad-regex-in-terms"),
    param([("criteria:\n", "this_meeting:\n  documents: ['^uppföljning av']\n"
            "  labels: ['^datum för (uppföljning']\ncriteria:\n")],
          "broken.yaml:9:12: det reguljära uttrycket «^datum för (uppföljning» går inte att "
          "tolka: missing ), unterminated subpattern.", "bad-regex-this-meeting"),
    param([("criteria:\n", "this_meeting:\n  documents: ['@uppfoljning']\ncriteria:\n")],
          "broken.yaml:8:15: termlistan «uppfoljning» finns inte under terms.",
          "undefined-term-this-meeting"),
    param([("id: mal", "id: syfte")],
          "broken.yaml:13:9: kriteriet «syfte» finns redan.", "duplicate-criterion-id"),
    param([("    weight: 2\n", "    weight: 2\n    disable: true\n")],
          "broken.yaml:16:5: criteria[mal].disable: disable tar bort ett ärvt kriterium och "
          "gäller bara i en checklista med extends; ta bort raden eller lägg till extends.",
          "disable-without-extends"),
]


@pytest.mark.parametrize("changes, expected", YAML_SYNTAX + SCHEMA + SEMANTIC)
def test_each_problem_is_positioned_and_worded(validate, tmp_path, changes, expected):
    broken(tmp_path, *changes)
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr == expected + "\n"
    assert run.stdout == ""


@pytest.mark.parametrize("changes, expected", [
    param([("title: Mini\n", "title: Mini\ntitel: Mini\n")],
          "broken.yaml:3:1: unknown key 'titel'. Did you mean 'title'?", "unknown-key"),
    param([("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n")],
          f"broken.yaml:17:16: the level 'bra' is not defined; choose one of: {LEVELS}.",
          "undefined-level"),
    param([("title: Mini", "title: Mini: liten")],
          "broken.yaml:2:12: YAML error: a colon followed by a space is not allowed here; put "
          'the whole value in quotes, e.g. title: "Mini: liten".', "yaml-colon-in-value"),
    param([("title: Mini", "title: 'Mini")],
          "broken.yaml:2:8: YAML error: the quote ' here is not closed on the same line; add a "
          "closing ' at the end of the value.", "yaml-unclosed-quote"),
    param([("    weight: 2", "   weight: 2")],
          "broken.yaml:15:4: YAML error: wrong indentation: the line does not fit under the "
          "lines above. Keys at the same level must start in the same column, and list items "
          "(-) under their key.", "yaml-indentation"),
    param([("    weight: 2", "\tweight: 2")],
          "broken.yaml:15:1: YAML error: tab characters are not allowed in YAML; indent with "
          "spaces.", "yaml-tab"),
    param([("    weight: 2\n", "    weight: 2\n    weight: 3\n")],
          "broken.yaml:16:5: the key 'weight' already appears on line 15; remove one of them "
          "(YAML keeps only the last).", "duplicate-key"),
    param([("weight: 2", 'weight: "tung"')],
          "broken.yaml:15:13: criteria[mal].weight must be a number.", "wrong-type"),
    param([("section: purpose}", "section: purpos}")],
          "broken.yaml:12:40: the section 'purpos' is not defined under sections. Did you mean "
          "'purpose'?", "undefined-section"),
    param([("'@goal'", "'@goals'")],
          "broken.yaml:20:22: the term list 'goals' is not defined under terms. Did you mean "
          "'goal'?", "undefined-term"),
    param([("'vill\\s+kunna'", "'vill (kunna'")],
          "broken.yaml:20:31: the regular expression 'vill (kunna' does not compile: missing ), "
          "unterminated subpattern.", "bad-regex"),
    param([("id: mal", "id: syfte")],
          "broken.yaml:13:9: the criterion 'syfte' is defined twice.", "duplicate-criterion-id"),
])
def test_problems_in_english(validate, tmp_path, changes, expected):
    broken(tmp_path, *changes)
    run = validate("broken.yaml", "--lang", "en")
    assert run.code == 2
    assert run.stderr == expected + "\n"


def test_all_semantic_problems_are_reported_at_once(validate, tmp_path):
    broken(tmp_path,
           ("section: purpose}", "section: syftet}"),
           ("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n"),
           ("id: mal", "id: syfte"),
           ("['@goal', 'vill\\s+kunna']", "['@mål', 'vill (kunna']"))
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "broken.yaml:12:40: avsnittet «syftet» finns inte under sections.",
        "broken.yaml:13:9: kriteriet «syfte» finns redan.",
        f"broken.yaml:17:16: nivån «bra» är inte definierad; välj en av: {LEVELS}.",
        "broken.yaml:20:22: termlistan «mål» finns inte under terms.",
        "broken.yaml:20:30: det reguljära uttrycket «vill (kunna» går inte att tolka: "
        "missing ), unterminated subpattern.",
    ]


def test_all_schema_problems_are_reported_at_once(validate, tmp_path):
    broken(tmp_path,
           ("title: Mini\n", "title: Mini\ntitel: Mini\n"),
           ("    title: Syftet framgår\n", ""),
           ("weight: 2", "weight: tung"))
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "broken.yaml:3:1: okänd nyckel «titel». Menade du «title»?",
        "broken.yaml:9:5: criteria[syfte]: nyckeln «title» saknas.",
        "broken.yaml:15:13: criteria[mal].weight ska vara ett tal.",
    ]


def test_schema_and_semantic_problems_are_reported_together(validate, tmp_path):
    broken(tmp_path,
           ("    weight: 2", "    wieght: 2"),
           ("section: purpose}", "section: syftet}"),
           ("'@goal'", "'@mål'"))
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "broken.yaml:12:40: avsnittet «syftet» finns inte under sections.",
        "broken.yaml:15:5: okänd nyckel «wieght». Menade du «weight»?",
        "broken.yaml:20:22: termlistan «mål» finns inte under terms.",
    ]


def test_several_unknown_keys_in_one_place_are_each_reported(validate, tmp_path):
    broken(tmp_path, ("    weight: 2\n", "    wieght: 2\n    titel: x\n"))
    run = validate("broken.yaml")
    assert run.stderr.splitlines() == [
        "broken.yaml:15:5: okänd nyckel «wieght». Menade du «weight»?",
        "broken.yaml:16:5: okänd nyckel «titel». Menade du «title»?",
    ]


def test_several_files_valid_broken_and_missing(validate, tmp_path):
    broken(tmp_path, name="ok.yaml")
    broken(tmp_path, ("id: mal", "id: syfte"))
    run = validate("ok.yaml", "broken.yaml", "saknas.yaml")
    assert run.code == 2
    assert run.stdout == "ok.yaml: giltig\n"
    assert run.stderr.splitlines()[0] == "broken.yaml:13:9: kriteriet «syfte» finns redan."
    assert "Checklistan «saknas.yaml» finns inte." in run.stderr


@pytest.mark.parametrize("text", ["", "- id: mini\n", "bara text\n"])
def test_a_file_that_is_not_a_mapping(validate, tmp_path, text):
    (tmp_path / "broken.yaml").write_text(text, encoding="utf-8")
    run = validate("broken.yaml")
    assert run.code == 2
    assert run.stderr == ("broken.yaml:1:1: checklistan ska vara en YAML-mappning med nycklar "
                          "som id, title och criteria.\n")


def test_review_refuses_a_broken_checklist_before_reading_plans(sipcheck_main, write_files,
                                                                tmp_path, monkeypatch):
    plans = write_files({"arboga/good.md": GOOD_PLAN})
    broken(tmp_path, ("    weight: 2", "    wieght: 2"))
    read = []
    real_read = sipcheck.review.read_document
    monkeypatch.setattr(sipcheck.review, "read_document",
                        lambda path: read.append(path) or real_read(path))
    monkeypatch.chdir(tmp_path)
    run = sipcheck_main("review", plans, "--checklist", "broken.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == [
        "Checklistan broken.yaml är ogiltig (1 fel):",
        "broken.yaml:15:5: okänd nyckel «wieght». Menade du «weight»?",
    ]
    assert run.stdout == "" and read == []

    run = sipcheck_main("review", plans, "-c", "broken.yaml", "--lang", "en")
    assert run.code == 2
    head, *problems = run.stderr.splitlines()
    assert head.startswith("The checklist broken.yaml is invalid (1 ")
    assert problems == ["broken.yaml:15:5: unknown key 'wieght'. Did you mean 'weight'?"]


def test_review_with_broken_checklist_through_the_real_entry_point(sipcheck_process, tmp_path):
    broken(tmp_path, ("kind: pattern", "kind: mönster"))
    run = sipcheck_process("review", REPO / "examples" / "plans" / "2024-02", "--checklist",
                           "broken.yaml", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.startswith("Checklistan broken.yaml är ogiltig (1 fel):\n"
                                 "broken.yaml:19:17: criteria[mal].rules[1].when.kind: "
                                 "«mönster» ")


def test_problem_lines_are_not_wrapped_when_piped(tmp_path):
    """BUG: output goes through rich, which wraps at 80 columns when stderr is not a
    terminal (CI, an editor's task runner), so a long `file:line:column: message` is cut
    into two lines and tools that read them lose the second half."""
    broken(tmp_path, ("- level: uppfyllt\n        when:\n", "- level: bra\n        when:\n"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "SIPCHECK_LANG", "FORCE_COLOR")}
    done = subprocess.run([sys.executable, "-m", "sipcheck", "checklist", "validate",
                           "broken.yaml"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"broken.yaml:17:16: nivån «bra» är inte definierad; välj en av: {LEVELS}."]
