"""The project configuration: `sipcheck.toml` or `[tool.sipcheck]`, found from the current
folder upwards, and what each setting changes in what a user sees; `sipcheck config`
saying where each value came from; unit names from the configuration or plans.csv in
every report."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from conftest import EXAMPLES, GOOD_PLAN, REPO

ROUNDS = REPO / "examples" / "rounds"
CONFIG = """\
lang = "en"
rounds = "omgangar"

[units]
koping = "Köping"
arboga = "Arboga kommun"
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with a configuration and the example rounds in its round folder;
    the command runs from a folder two levels below."""
    root = tmp_path / "projekt"
    (root / "omgangar").mkdir(parents=True)
    for path in ROUNDS.glob("*.json"):
        shutil.copy(path, root / "omgangar" / path.name)
    (root / "sipcheck.toml").write_text(CONFIG, encoding="utf-8")
    below = root / "planer" / "nya"
    below.mkdir(parents=True)
    monkeypatch.chdir(below)
    return root


def test_config_shows_every_setting_and_where_it_came_from(cli, project):
    run = cli("config")
    assert run.code == 0
    rows = {line.split()[0]: line for line in run.stdout.splitlines()[3:] if line.strip()}
    toml = str(project / "sipcheck.toml")
    assert rows["config"].split()[1] == toml
    assert "kvalitetskollen" in rows["checklist"] and "default" in rows["checklist"]
    assert rows["lang"].split()[1:] == ["en", f"{toml}:1"]
    assert rows["rounds"].split()[1:] == [str(project / "omgangar"), f"{toml}:2"]
    assert rows["units.koping"].split()[1:] == ["Köping", f"{toml}:5"]
    swedish = cli("config", env={"SIPCHECK_LANG": "sv"})
    assert "miljövariabeln SIPCHECK_LANG" in swedish.stdout and "Varifrån" in swedish.stdout


def test_without_a_configuration_config_shows_the_defaults(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli("config")
    lines = {line.split()[0]: line for line in run.stdout.splitlines()[3:] if line.strip()}
    assert lines["config"].split()[1] == "–"
    assert lines["lang"].split()[1:] == ["sv", "standard"]


def test_the_project_language_rounds_and_unit_names_apply(cli, project):
    """`compare` without files compares the project's rounds, in English, with the units'
    names in the tables and the CSV; `--lang sv` on the command line wins."""
    run = cli("compare", "--by", "unit")
    assert run.code == 0, run.stderr
    assert "Comparison of review rounds" in run.stdout
    assert "Köping" in run.stdout and "Arboga kommun" in run.stdout
    assert "koping" not in run.stdout.replace("koping/", "")
    swedish = cli("compare", "2024-02", "2024-09.json", "--lang", "sv", "--format", "csv",
                  "--by", "unit")
    rows = list(csv.DictReader(io.StringIO(swedish.stdout.lstrip("\ufeff")), delimiter=";"))
    assert {(r["unit"], r["unit_name"]) for r in rows if r["scope"] == "unit"} == {
        ("arboga", "Arboga kommun"), ("koping", "Köping"), ("kungsor", "kungsor")}
    feedback = cli("feedback", "2024-02", "--plan", "koping/sip-01")
    assert "Unit: Köping" in feedback.stdout


def test_pyproject_tool_table_and_the_nearest_file_wins(cli, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.sipcheck]\nlang = "en"\n\n[tool.sipcheck.units]\n'
        'koping = "Köping"\n', encoding="utf-8")
    inner = tmp_path / "inre"
    inner.mkdir()
    monkeypatch.chdir(inner)
    run = cli("config")
    assert f"{tmp_path / 'pyproject.toml'}:5" in run.stdout
    assert f"{tmp_path / 'pyproject.toml'}:8" in run.stdout
    (inner / "sipcheck.toml").write_text('lang = "sv"\n', encoding="utf-8")
    nearer = cli("config")
    assert f"{inner / 'sipcheck.toml'}:1" in nearer.stdout and "units.koping" not in nearer.stdout


def test_the_project_checklist_is_the_default_of_review(cli, tmp_path, monkeypatch,
                                                        write_files):
    folder = write_files({"arboga/good.md": GOOD_PLAN})
    (tmp_path / "sipcheck.toml").write_text('checklist = "lagkrav"\nrounds = "omgangar"\n',
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("review", folder, "--format", "json", "--save", "2024-09")
    assert json.loads(run.stdout)["checklist"]["id"] == "lagkrav"
    saved = tmp_path / "omgangar" / "2024-09.json"
    assert json.loads(saved.read_text("utf-8"))["checklist"]["id"] == "lagkrav"
    assert "omgangar/2024-09.json" in run.stderr
    chosen = cli("review", folder, "--format", "json", "--checklist", "kvalitetskollen")
    assert json.loads(chosen.stdout)["checklist"]["id"] == "kvalitetskollen"


def test_plans_csv_names_the_units_in_the_round_and_every_report(cli, tmp_path, write_files):
    folder = write_files({"koping/a.md": GOOD_PLAN, "arboga/b.md": GOOD_PLAN,
                          "plans.csv": "file;unit;date;unit_name\nkoping/a.md;koping;2024-09-01;"
                                       "Köpings kommun\n"})
    run = cli("review", folder, "--save", tmp_path / "r.json")
    assert run.code == 0
    assert "Köpings kommun" in run.stdout
    saved = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert saved["unit_names"] == {"koping": "Köpings kommun"}
    markdown = cli("review", folder, "--format", "markdown").stdout
    assert "| koping/a | Köpings kommun |" in markdown and "| arboga/b | arboga |" in markdown


@pytest.mark.parametrize(("text", "expected"), [
    ('langauge = "en"\n', "sipcheck.toml:1: okänd inställning «langauge». Menade du «lang»?"),
    ('lang = "de"\n', 'sipcheck.toml:1: lang ska vara "sv" eller "en", inte «de».'),
    ('lang = en\n', "sipcheck.toml:1:8: filen är inte giltig TOML."),
    ("[units]\nkoping = 3\n", "sipcheck.toml:2: units.koping ska vara en text inom citattecken"),
])
def test_a_broken_configuration_names_file_line_and_what_to_write(sipcheck_main, tmp_path,
                                                                 monkeypatch, text, expected):
    (tmp_path / "sipcheck.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = sipcheck_main("compare", EXAMPLES.parent / "rounds" / "2024-02.json",
                        EXAMPLES.parent / "rounds" / "2024-09.json")
    assert run.code == 2
    assert run.stderr.startswith(str(tmp_path / expected.split(":", 1)[0]) + ":"
                                 + expected.split(":", 1)[1]), run.stderr


def test_a_round_named_alone_is_looked_for_in_the_round_folder(cli, sipcheck_main, project):
    run = cli("agreement", "2024-02", "--format", "json")
    assert run.code == 0 and json.loads(run.stdout)["round"]["name"] == "2024-02"
    missing = sipcheck_main("agreement", "2023-01")
    assert missing.code == 2
    assert missing.stderr.strip() == (f"The round 2023-01 is neither here nor in "
                                      f"{project / 'omgangar'}. The rounds there: 2024-02, "
                                      "2024-09.")


def test_without_a_project_units_show_their_folder_names(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli("compare", ROUNDS / "2024-02.json", ROUNDS / "2024-09.json", "--by", "unit")
    assert run.code == 0 and "Jämförelse av granskningsomgångar" in run.stdout
    assert "enhet koping" in run.stdout and "Köping" not in run.stdout
