"""`sipcheck checklist list|show|test|init`, the JSON Schema as editors see it, and the
pre-commit hook and CI workflow that validate checklists."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import yaml
from conftest import REPO

from sipcheck.checklist.loader import load_checklist, schema, validate_file
from sipcheck.checklist.sources import bundled_names
from sipcheck.checklist.template import checklist_id, template, template_switched_on
from sipcheck.cli.app import app

COMMANDS = typer.main.get_command(app)


def command_exists(words: list[str]) -> bool:
    """Whether `sipcheck <words…>` names a command of the app (options may follow)."""
    assert words[0] == "sipcheck", words
    command = COMMANDS
    for word in words[1:]:
        if word.startswith("-") or not hasattr(command, "commands"):
            break
        if word not in command.commands:
            return False
        command = command.commands[word]
    return not hasattr(command, "commands")


# --- list and show ---------------------------------------------------------------------------

def cells(line: str, bar: str = "│") -> list[str]:
    return [cell.strip() for cell in line.strip().strip(bar).split(bar)]


def first_row(table_output: str) -> str:
    """The first line of the first criterion's row in `checklist show`."""
    return next(line for line in table_output.splitlines()
                if line.startswith("│") and cells(line)[0] == "1")

def test_list_shows_the_three_bundled_checklists(cli):
    run = cli("checklist", "list")
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.strip("│").split("│")]
            for line in run.stdout.splitlines() if line.startswith("│")}
    assert rows["kvalitetskollen"] == ["kvalitetskollen", "Kvalitetskollen", "12"]
    assert rows["lagkrav"] == ["lagkrav", "Lagkrav (bygger på kvalitetskollen)", "4"]
    assert rows["sip-barn"] == ["sip-barn", "SIP för barn och unga (bygger på "
                                "kvalitetskollen)", "15"]


def test_show_as_a_table(cli):
    run = cli("checklist", "show", "lagkrav")
    assert run.code == 0
    out = run.stdout
    assert out.startswith("Lagkrav\nlagkrav 2024.1 · bygger på kvalitetskollen.yaml · "
                          "4 kriterier\n")
    for text in ("Insatserna som behövs framgår", "ansvar · Ansvar", "✔ Uppfyllt: Minst en "
                 "konkret insats", "Lagen kräver att planen visar vilka insatser",
                 "§ = lagkrav", "räknas inte"):
        assert text in out, text
    header = next(line for line in out.splitlines() if "┃ Kriterium" in line)
    assert cells(header, "┃") == ["#", "Kriterium", "Vikt", "§", "Nivåer", "Råd"]
    assert cells(first_row(out))[:4] == ["1", "Insatserna som behövs framgår", "1", "§"]


def test_show_weights_in_the_users_language(cli, tmp_path):
    path = tmp_path / "tung.yaml"
    path.write_text("extends: kvalitetskollen\nid: tung\ntitle: Tung\n"
                    "criteria:\n  - {id: syfte, weight: 1.5}\n", encoding="utf-8")

    for args, expected in (((), ["1", "Syftet framgår", "1,5"]),
                           (("--lang", "en"), ["1", "The purpose is stated", "1.5"])):
        out = cli("checklist", "show", path, *args).stdout
        assert cells(first_row(out))[:3] == expected


def test_show_as_markdown(cli):
    run = cli("checklist", "show", "kvalitetskollen", "--format", "markdown")
    assert run.code == 0
    lines = run.stdout.splitlines()
    assert lines[:3] == ["# Kvalitetskollen", "", "kvalitetskollen 2024.1 · 12 kriterier"]
    start = lines.index("## 1. Syftet framgår")
    assert lines[start:start + 8] == [
        "## 1. Syftet framgår", "",
        "Id: `syfte` · Kolumn: Syfte · Vikt: 1 · Lagkrav: nej", "",
        "| Nivå | Vad som krävs |", "|---|---|",
        "| ✔ Uppfyllt | Ett syfte som gäller just den här personens situation, i minst en hel "
        "mening. |",
        '| ◐ Delvis uppfyllt | Syftet anges bara med ett allmänt ord eller en fras ("Samordning", '
        '"SIP", "Att få en gemensam bild"). |']
    assert "## 6. Insatser beskrivs konkret" in lines
    assert "Id: `insatser` · Kolumn: Insatser · Vikt: 1 · Lagkrav: ja" in lines
    assert any(line.startswith("**Råd:** Skriv med en eller två hela meningar") for line in lines)


def test_show_in_english(cli):
    out = cli("checklist", "show", "sip-barn", "--format", "markdown", "--lang", "en").stdout
    assert out.startswith("# SIP for children and young people\n\nsip-barn 2024.1 · extends "
                          "kvalitetskollen.yaml · 15 criteria\n")
    assert "## 13. The child's voice is heard" in out
    assert "Id: `barnets_rost` · Column: Child voice · Weight: 2 · Statutory: no" in out


def test_show_refuses_an_invalid_checklist(sipcheck_main, tmp_path):
    path = tmp_path / "fel.yaml"
    path.write_text("extends: kvalitetskollen\nid: fel\ntitle: Fel\n"
                    "criteria:\n  - {id: syfe, disable: true}\n", encoding="utf-8")
    run = sipcheck_main("checklist", "show", path)
    assert run.code == 2
    assert run.stderr.splitlines()[0] == f"Checklistan {path} är ogiltig (1 fel):"


# --- test ------------------------------------------------------------------------------------

FAILING = """\
extends: kvalitetskollen
id: prov
title: Prov
criteria:
  - id: syfte
    examples:
      - name: bara_ett_ord
        level: uppfyllt
        plan: |
          ## Syfte
          Samordning.
      - name: en_hel_mening
        level: uppfyllt
        plan: |
          ## Syfte
          Kim behöver stöd för att kunna gå i skolan igen och må bättre hemma.
"""


def test_test_in_a_terminal_shows_every_example_with_place_and_reason(cli, tmp_path,
                                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("prov.yaml").write_text(FAILING, encoding="utf-8")
    run = cli("checklist", "test", "prov.yaml", env={"TTY_COMPATIBLE": "1"})
    assert run.code == 1
    lines = run.stdout.splitlines()
    # The child's own two examples of `syfte` replace the ones it would inherit.
    assert lines[0].strip() == "Prov: 246 av 247 exempel godkända"
    header = next(line for line in lines if line.startswith("┃"))
    assert [c.strip() for c in header.strip("┃").split("┃")] == [
        "", "Kriterium", "Exempel", "Förväntat", "Fick", "Orsak"]
    failed = next(line for line in lines if "bara_ett_ord" in line)
    assert [c.strip() for c in failed.strip("│").split("│")][:5] == [
        "✘", "syfte", "bara_ett_ord", "✔ Uppfyllt", "◐ Delvis uppfyllt"]
    assert "prov.yaml:7: Syftet anges bara med ett allmänt ord" in failed
    assert lines[-1] == "prov.yaml: 246 av 247 exempel godkända, 1 underkänt."
    english = cli("checklist", "test", "prov.yaml", "--lang", "en",
                  env={"TTY_COMPATIBLE": "1"})
    assert english.stdout.splitlines()[-1] == "prov.yaml: 246 of 247 examples pass, 1 fails."


FAILURE = ("prov.yaml:7:9: syfte/bara_ett_ord: ska få Uppfyllt men fick Delvis uppfyllt: "
           "Syftet anges bara med ett allmänt ord")


def test_test_in_ci_prints_only_the_failures_as_unwrapped_file_line_column(cli, tmp_path,
                                                                           monkeypatch):
    """No terminal (CI, a file): no table, one unwrapped line per failing example, even
    where the log is 40 columns wide; `--quiet` drops the summary too."""
    monkeypatch.chdir(tmp_path)
    Path("prov.yaml").write_text(FAILING, encoding="utf-8")
    run = cli("checklist", "test", "prov.yaml", env={"COLUMNS": "40"})
    assert run.code == 1
    assert len(run.stderr.splitlines()) == 1 and run.stderr.startswith(FAILURE)
    assert run.stderr.rstrip().endswith("i minst en hel mening.")
    assert run.stdout == "prov.yaml: 246 av 247 exempel godkända, 1 underkänt.\n"
    quiet = cli("checklist", "test", "prov.yaml", "--quiet", env={"TTY_COMPATIBLE": "1"})
    assert (quiet.code, quiet.stdout) == (1, "")
    assert quiet.stderr.startswith(FAILURE) and len(quiet.stderr.splitlines()) == 1


def test_test_and_validate_as_github_annotations(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("prov.yaml").write_text(FAILING, encoding="utf-8")
    Path("fel.yaml").write_text("id: fel\ntitle: Fel\ncriteria: []\n", encoding="utf-8")
    run = cli("checklist", "test", "prov.yaml", "fel.yaml", "--format", "github")
    assert run.code == 2
    first, second = run.stdout.splitlines()
    assert first.startswith("::error file=prov.yaml,line=7,col=9,title=sipcheck checklist "
                            "test::" + FAILURE.split(": ", 1)[1])
    assert second == ("::error file=fel.yaml,line=3,col=11,title=sipcheck checklist test::"
                      "criteria får inte vara tom.")
    validate = cli("checklist", "validate", "fel.yaml", "prov.yaml", "-f", "github")
    assert validate.code == 2
    assert validate.stdout == ("::error file=fel.yaml,line=3,col=11,title=sipcheck checklist "
                               "validate::criteria får inte vara tom.\n")


def test_test_and_validate_as_json(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("prov.yaml").write_text(FAILING, encoding="utf-8")
    Path("fel.yaml").write_text("id: fel\ntitle: Fel\ncriteria: []\n", encoding="utf-8")
    run = cli("checklist", "test", "prov.yaml", "fel.yaml", "saknas.yaml", "--format", "json",
              "--lang", "en")
    assert run.code == 2 and run.stderr == ""
    report = json.loads(run.stdout)
    assert report["format"] == "sipcheck-checklist-test/1"
    prov, fel, missing = report["checklists"]
    assert (prov["valid"], prov["passed"], prov["failed"]) == (True, 246, 1)
    failed = next(e for e in prov["examples"] if not e["passed"])
    assert (failed["criterion"], failed["name"], failed["line"], failed["column"],
            failed["expected"], failed["got"]) == ("syfte", "bara_ett_ord", 7, 9, "uppfyllt",
                                                   "delvis")
    assert failed["reason"].startswith("Only a generic word")
    assert fel["problems"] == [{"file": "fel.yaml", "line": 3, "column": 11,
                                "message": "criteria must not be empty."}]
    assert missing["valid"] is False and missing["problems"][0]["line"] is None
    validate = json.loads(cli("checklist", "validate", "prov.yaml", "fel.yaml", "-f",
                              "json").stdout)
    assert validate["format"] == "sipcheck-checklist-validate/1"
    assert [(c["file"], c["valid"]) for c in validate["checklists"]] == [
        ("prov.yaml", True), ("fel.yaml", False)]


def test_test_without_examples_and_with_an_invalid_checklist(sipcheck_main, tmp_path,
                                                             monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("tom.yaml").write_text(
        "id: tom\ntitle: Tom\nsections: {purpose: [Syfte]}\ncriteria:\n  - id: syfte\n"
        "    title: Syfte\n    rules: [{level: uppfyllt, when: {kind: section, section: "
        "purpose}}]\n", encoding="utf-8")
    Path("fel.yaml").write_text("id: fel\ntitle: Fel\ncriteria: []\n", encoding="utf-8")
    run = sipcheck_main("checklist", "test", "tom.yaml")
    assert (run.code, run.stdout) == (0, "tom.yaml: checklistan har inga exempel.\n")
    run = sipcheck_main("checklist", "test", "tom.yaml", "fel.yaml")
    assert run.code == 2
    assert run.stderr.splitlines() == ["fel.yaml:3:11: criteria får inte vara tom."]


# --- init ------------------------------------------------------------------------------------

def test_init_writes_a_commented_child_that_validates(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli("checklist", "init", "Västmanlands län.yaml")
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == [
        "Skrev Västmanlands län.yaml (bygger på kvalitetskollen). Redigera den och kör sedan: "
        "sipcheck checklist validate Västmanlands län.yaml",
        "För hjälp i editorn: sipcheck checklist schema > checklist.schema.json"]
    text = Path("Västmanlands län.yaml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=checklist.schema.json\n")
    data = yaml.safe_load(text)
    assert data == {"extends": "kvalitetskollen", "id": "vastmanlands-lan",
                    "title": "Västmanlands län", "version": "1"}
    assert "# criteria:" in text and "#   - id: begriplighet" in text
    assert cli("checklist", "validate", "Västmanlands län.yaml").code == 0
    loaded = load_checklist("Västmanlands län.yaml")
    assert len(loaded.criteria) == 12 and loaded.extends == ["kvalitetskollen.yaml"]


def test_init_refuses_to_overwrite_without_force(sipcheck_main, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("lan.yaml").write_text("# mitt arbete\n", encoding="utf-8")
    run = sipcheck_main("checklist", "init", "lan.yaml")
    assert run.code == 2 and run.stdout == ""
    assert run.stderr == ("lan.yaml finns redan. Välj ett annat filnamn eller lägg till --force "
                          "för att skriva över.\n")
    assert Path("lan.yaml").read_text("utf-8") == "# mitt arbete\n"
    run = sipcheck_main("checklist", "init", "lan.yaml", "--force", "--extends", "sip-barn")
    assert run.code == 0
    assert yaml.safe_load(Path("lan.yaml").read_text("utf-8"))["extends"] == "sip-barn"
    assert [p.name for p in tmp_path.iterdir()] == ["lan.yaml"]  # no temporary file left


def test_init_refuses_a_bad_name_or_parent(sipcheck_main, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = sipcheck_main("checklist", "init", "lan.txt")
    assert (run.code, run.stderr) == (
        2, "lan.txt: en checklista ska sluta på .yaml, t.ex. lan.txt.yaml.\n")
    run = sipcheck_main("checklist", "init", "lan.yaml", "-e", "kvalitet", "--lang", "en")
    assert (run.code, run.stderr) == (
        2, "'kvalitet' is not a bundled checklist; choose one of: kvalitetskollen, lagkrav, "
           "sip-barn.\n")
    assert list(tmp_path.iterdir()) == []


def test_every_block_of_the_starting_point_is_valid_when_switched_on(tmp_path, cli):
    path = tmp_path / "lan.yaml"
    path.write_text(template_switched_on("lan.yaml", "lan"), encoding="utf-8")
    data, problems = validate_file(str(path))
    assert problems == [], [p.text() for p in problems]
    loaded = load_checklist(str(path))
    assert [c.id for c in loaded.criteria][-1] == "krisplan"
    assert "begriplighet" not in [c.id for c in loaded.criteria]
    assert loaded.vocabulary().section_of("Vad ska planen leda till?") == "purpose"
    run = cli("checklist", "test", path)
    assert run.code == 0, run.stdout
    # Commented out, the same blocks leave only extends, id, title and version.
    commented = yaml.safe_load(template("lan.yaml", "lan"))
    assert set(commented) == {"extends", "id", "title", "version"}


@pytest.mark.parametrize("stem, expected", [("Västmanland", "vastmanland"),
                                            ("Region Örebro län", "region-orebro-lan"),
                                            ("_test", "test"), ("2024 ny", "2024-ny"),
                                            ("---", "min-checklista")])
def test_checklist_id_from_the_file_name(stem, expected):
    assert checklist_id(stem) == expected


# --- the schema as editors see it ------------------------------------------------------------

def _key_schemas(node, path=""):
    """Every schema that describes a key (`properties` entries), with its path."""
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{path}.{name}", sub
        for key, value in node.items():
            if key in ("if", "then"):
                continue  # conditions, not key definitions
            if key == "properties":
                for name, sub in value.items():
                    yield from _key_schemas(sub, f"{path}.{name}")
            else:
                yield from _key_schemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _key_schemas(item, path)


def test_every_key_in_the_schema_has_a_swedish_title_and_description():
    keys = list(_key_schemas(schema()))
    assert len(keys) > 100
    for path, sub in keys:
        assert sub.get("title", "").strip(), f"{path} has no title"
        assert sub.get("description", "").strip(), f"{path} has no description"
    described = {path.rsplit(".", 1)[-1] for path, _ in keys}
    assert {"extends", "disable", "examples", "plan", "why", "level", "name"} <= described
    text = json.dumps(schema(), ensure_ascii=False)
    assert "Ärver från" in text and "Stäng av" in text


def test_the_schema_accepts_a_child_that_only_overrides_some_keys():
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    child = {"extends": "kvalitetskollen", "id": "lan", "title": "Län",
             "levels": [{"id": "delvis", "label": "Delvis"}],
             "criteria": [{"id": "syfte", "weight": 2}, {"id": "begriplighet", "disable": True}]}
    assert list(validator.iter_errors(child)) == []
    standalone = {k: v for k, v in child.items() if k != "extends"}
    messages = sorted(e.message for e in validator.iter_errors(standalone))
    assert messages == ["'rules' is a required property", "'rules' is a required property",
                        "'title' is a required property", "'title' is a required property",
                        "[{'id': 'delvis', 'label': 'Delvis'}] is too short"]


@pytest.mark.parametrize("name", bundled_names())
def test_bundled_checklists_start_with_the_schema_comment(name):
    first = (REPO / "checklists" / f"{name}.yaml").read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../sipcheck/checklist/checklist.schema.json"
    assert (REPO / "checklists" / "../sipcheck/checklist/checklist.schema.json").resolve().is_file()


# --- pre-commit and CI -----------------------------------------------------------------------

def test_pre_commit_hooks_name_commands_that_exist():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    validate = by_id["sipcheck-validate"]
    assert validate["entry"] == "sipcheck checklist validate"
    assert validate["language"] == "python"
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert command_exists(hook["entry"].split()), hook["entry"]
        files = re.compile(hook["files"])
        assert files.search("checklists/lan.yaml") and files.search("a/checklists/b.yml")
        assert not files.search("checklists/readme.md") and not files.search("ci/lan.yaml")


def test_ci_workflow_parses_and_names_commands_that_exist():
    workflow = yaml.safe_load((REPO / "examples" / "ci" / "validate-checklists.yml")
                              .read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "pull_request"}
    steps = workflow["jobs"]["checklists"]["steps"]
    commands = [re.findall(r"sipcheck(?: [a-z][a-z-]*)+", step["run"]) for step in steps
                if "run" in step]
    named = [command for found in commands for command in found]
    assert "sipcheck checklist validate" in named and "sipcheck checklist test" in named
    for command in named:
        assert command_exists(command.split()), command


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                    reason="needs git and bash")
def test_ci_workflow_steps_check_the_changed_checklists(tmp_path):
    """The workflow's shell steps, run in a small repository where one checklist changed."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}"
           f"{os.environ.get('PATH', '')}", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t", "COLUMNS": "200"}

    def sh(script: str, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-e", "-c", script], cwd=tmp_path, capture_output=True,
                              text=True, env={**env, **extra}, timeout=120)

    (tmp_path / "checklists").mkdir()
    (tmp_path / "checklists" / "a.yaml").write_text(
        "extends: kvalitetskollen\nid: a\ntitle: A\n", encoding="utf-8")
    (tmp_path / "checklists" / "b.yaml").write_text(
        "extends: kvalitetskollen\nid: b\ntitle: B\n", encoding="utf-8")
    assert sh("git init -q && git add . && git commit -qm 1").returncode == 0
    (tmp_path / "checklists" / "b.yaml").write_text(
        "extends: kvalitetskollen\nid: b\ntitle: B\ncriteria:\n  - {id: syfe, disable: true}\n",
        encoding="utf-8")
    assert sh("git commit -qam 2").returncode == 0
    workflow = yaml.safe_load((REPO / "examples" / "ci" / "validate-checklists.yml")
                              .read_text("utf-8"))
    steps = {step.get("name"): step for step in workflow["jobs"]["checklists"]["steps"]}
    changed = sh(steps["Ändrade checklistor"]["run"], BASE="HEAD~1")
    assert changed.returncode == 0 and changed.stdout == "checklists/b.yaml\n"
    validate = sh(steps["sipcheck checklist validate"]["run"])
    assert validate.returncode != 0
    assert validate.stdout.startswith("::error file=checklists/b.yaml,line=5,col=5,title="
                                      "sipcheck checklist validate::criteria[syfe]: kriteriet "
                                      "finns inte i kvalitetskollen.yaml")
    everything = sh(steps["Ändrade checklistor"]["run"], BASE="")
    assert everything.stdout == "checklists/a.yaml\nchecklists/b.yaml\n"


# --- light imports ---------------------------------------------------------------------------

def test_the_checklist_commands_module_imports_nothing_heavy():
    code = ("import sys, sipcheck.cli.checklist; "
            "heavy = [m for m in ('yaml', 'jsonschema', 'sipcheck.checklist', 'sipcheck.engine', "
            "'sipcheck.documents', 'docx', 'pdfplumber') if m in sys.modules]; print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
