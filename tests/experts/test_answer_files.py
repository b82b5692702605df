"""The files experts fill in at a workshop: what `assess --export` writes and what
`assess --import` reads back, as Excel, Notepad and a text editor save them."""

from __future__ import annotations

import codecs
import copy
import csv
import io

import pytest
import yaml
from conftest import REPO
from helpers import automatic_round

from sipcheck.experts import assessments
from sipcheck.experts.answer_files import MAX_BYTES, export_answers, read_answers, read_file
from sipcheck.text import SipcheckError

ROUND = REPO / "examples" / "rounds" / "2024-02.json"
SV_HEADER = ["plan", "enhet", "kriterium", "rubrik", "förslag", "nivå", "granskare",
             "kommentar"]
EN_HEADER = ["plan", "unit", "criterion", "title", "suggestion", "level", "reviewer",
             "comment"]


@pytest.fixture
def round_data(tmp_path) -> dict:
    return automatic_round()


def parse_csv(data: bytes, delimiter: str = ";") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                           delimiter=delimiter))


def csv_bytes(rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8-sig",
              terminator: str = "\r\n") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator=terminator).writerows(rows)
    return out.getvalue().encode(encoding)


def pairs(round_data: dict) -> list[tuple[str, str]]:
    return [(p["id"], r["id"]) for p in assessments.scored_plans(round_data)
            for r in p["criteria"]]


# --- export ----------------------------------------------------------------------------


def test_csv_export_opens_in_swedish_excel(round_data, tmp_path):
    data = export_answers(round_data, tmp_path / "mall.csv", None, "sv")
    assert data.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    rows = parse_csv(data)
    assert rows[0] == SV_HEADER
    assert [(r[0], r[2]) for r in rows[1:]] == pairs(round_data)  # round order, all pairs
    first = dict(zip(SV_HEADER, rows[1], strict=True))
    plan = round_data["plans"][0]
    assert first["enhet"] == plan["unit"]
    assert first["rubrik"] == "Syftet framgår"
    assert first["förslag"] == assessments.level_label(round_data, plan["criteria"][0]["level"])
    assert first["nivå"] == first["granskare"] == first["kommentar"] == ""


def test_export_leaves_out_unreadable_plans(round_data, tmp_path):
    round_data["plans"][1]["score"] = None
    rows = parse_csv(export_answers(round_data, tmp_path / "mall.csv", None, "sv"))
    assert round_data["plans"][1]["id"] not in {r[0] for r in rows[1:]}
    assert len(rows) - 1 == 5 * len(round_data["plans"][0]["criteria"])


def test_export_is_prefilled_with_the_reviewers_earlier_answers(round_data, tmp_path):
    plan = round_data["plans"][0]["id"]
    assessments.apply(round_data, [
        assessments.Answer(plan, "syfte", "delvis", "Anna", "Syftet är vagt"),
        assessments.Answer(plan, "samtycke", "uppfyllt", "Bo")])
    rows = parse_csv(export_answers(round_data, tmp_path / "anna.csv", "Anna", "sv"))
    by_pair = {(r[0], r[2]): dict(zip(SV_HEADER, r, strict=True)) for r in rows[1:]}
    assert by_pair[(plan, "syfte")]["nivå"] == "Delvis uppfyllt"
    assert by_pair[(plan, "syfte")]["kommentar"] == "Syftet är vagt"
    assert by_pair[(plan, "samtycke")]["nivå"] == ""  # Bo's answer, not Anna's
    assert {r["granskare"] for r in by_pair.values()} == {"Anna"}


def test_english_export(round_data, tmp_path):
    rows = parse_csv(export_answers(round_data, tmp_path / "sheet.csv", None, "en"))
    assert rows[0] == EN_HEADER
    assert rows[1][3] == "The purpose is stated"
    assert rows[1][4] in {"Fulfilled", "Partly fulfilled", "Not fulfilled", "Not applicable"}


def test_yaml_export_parses_and_explains_itself(round_data, tmp_path):
    text = export_answers(round_data, tmp_path / "mall.yaml", None, "sv").decode("utf-8")
    assert text.startswith("#")
    header = text[:text.index("bedömningar:")]
    assert "Lämna nivå tom" in header and "Delvis uppfyllt" in header
    items = yaml.safe_load(text)["bedömningar"]
    assert [(i["plan"], i["kriterium"]) for i in items] == pairs(round_data)
    assert set(items[0]) == set(SV_HEADER)
    english = yaml.safe_load(export_answers(round_data, tmp_path / "s.yml", "Al", "en"))
    assert set(english["assessments"][0]) == set(EN_HEADER)
    assert english["assessments"][0]["reviewer"] == "Al"


def test_unknown_suffix_is_refused(round_data, tmp_path):
    with pytest.raises(SipcheckError, match=r"\.xlsx"):
        export_answers(round_data, tmp_path / "mall.xlsx", None, "sv")


# --- import ----------------------------------------------------------------------------


def test_swedish_excel_csv(round_data, tmp_path):
    data = csv_bytes([SV_HEADER,
                      ["arboga/sip-01", "arboga", "syfte", "Syftet framgår", "Uppfyllt",
                       "Delvis uppfyllt", "Anna", "Oklart; se s. 2"],
                      ["arboga/sip-01", "arboga", "samtycke", "", "", "", "Anna", ""]])
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data
    answers = read_answers(tmp_path / "ifylld.csv", data, round_data, None)
    assert answers == [assessments.Answer("arboga/sip-01", "syfte", "Delvis uppfyllt", "Anna",
                                          "Oklart; se s. 2", "rad 2")]


def test_cp1252_csv_as_excel_on_windows_saves_it(round_data, tmp_path):
    data = csv_bytes([["Plan", "Kriterium", "Nivå", "Granskare", "Kommentar"],
                      ["koping/sip-01", "syfte", "ej_uppfyllt", "Åsa Öberg",
                       "Målet är för vagt, äldre än ett år"]], encoding="cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    (answer,) = read_answers(tmp_path / "ifylld.csv", data, round_data, None)
    assert answer.reviewer == "Åsa Öberg"
    assert answer.comment == "Målet är för vagt, äldre än ett år"


def test_comma_csv_with_english_headers_and_extra_columns(round_data, tmp_path):
    data = csv_bytes([["Criterion", "Notes", "PLAN", "Level", "Reviewer", "Comment"],
                      ["syfte", "x", "kungsor/sip-02", "Partly fulfilled", "Al", "a, b"]],
                     delimiter=",", encoding="utf-8", terminator="\n")
    (answer,) = read_answers(tmp_path / "sheet.csv", data, round_data, None)
    assert (answer.plan, answer.criterion, answer.level, answer.comment) == (
        "kungsor/sip-02", "syfte", "Partly fulfilled", "a, b")


def test_tab_separated_and_headers_without_diacritics(round_data, tmp_path):
    data = csv_bytes([["plan", "KRITERIUM", "niva", "granskare"],
                      ["arboga/sip-02", "syfte", "1", "Bo"]], delimiter="\t")
    (answer,) = read_answers(tmp_path / "ifylld.csv", data, round_data, None)
    assert answer.level == "1"


@pytest.mark.parametrize("document", ["mapping", "list"])
def test_yaml_in_both_shapes(round_data, tmp_path, document):
    items = """\
- plan: arboga/sip-01
  kriterium: syfte
  nivå: 2
  granskare: Anna
  kommentar: "Bra: tydligt"
- plan: arboga/sip-01
  kriterium: samtycke
  nivå:
- plan: arboga/sip-02
  kriterium: syfte
  nivå: ej_uppfyllt
"""
    text = ("# ifyllt\nbedömningar:\n" + items) if document == "mapping" else items
    line = 4 if document == "mapping" else 2
    answers = read_answers(tmp_path / "ifylld.yaml", text.encode(), round_data, "Bo")
    assert answers == [
        assessments.Answer("arboga/sip-01", "syfte", "2", "Anna", "Bra: tydligt",
                           f"rad {line - 1}"),
        assessments.Answer("arboga/sip-02", "syfte", "ej_uppfyllt", "Bo", "",
                           f"rad {line + 7}")]


def test_level_as_label_id_or_number_all_record_the_same(round_data, tmp_path):
    rows = [["plan", "kriterium", "nivå", "granskare"]]
    for plan, level in (("arboga/sip-01", "Delvis uppfyllt"), ("arboga/sip-02", "delvis"),
                        ("koping/sip-01", "2"), ("koping/sip-02", "PARTLY FULFILLED")):
        rows.append([plan, "syfte", level, "Anna"])
    answers = read_answers(tmp_path / "f.csv", csv_bytes(rows), round_data, None)
    assessments.apply(round_data, answers)
    for plan in round_data["plans"][:4]:
        assert plan["criteria"][0]["assessments"][0]["level"] == "delvis"


def test_reviewer_option_fills_empty_cells_and_an_explicit_cell_wins(round_data, tmp_path):
    data = csv_bytes([["plan", "kriterium", "nivå", "granskare"],
                      ["arboga/sip-01", "syfte", "1", ""],
                      ["arboga/sip-01", "samtycke", "1", "Anna"]])
    answers = read_answers(tmp_path / "f.csv", data, round_data, "Bo")
    assert [a.reviewer for a in answers] == ["Bo", "Anna"]


def test_no_reviewer_anywhere_is_one_clear_error(round_data, tmp_path):
    data = csv_bytes([["plan", "kriterium", "nivå"], ["arboga/sip-01", "syfte", "1"]])
    with pytest.raises(SipcheckError, match="--reviewer"):
        read_answers(tmp_path / "f.csv", data, round_data, None)
    assert read_answers(tmp_path / "f.csv", data, round_data, "Bo")[0].reviewer == "Bo"


def test_bad_rows_are_reported_by_spreadsheet_row_and_nothing_changes(round_data, tmp_path):
    data = csv_bytes([["plan", "kriterium", "nivå", "granskare", "kommentar"],
                      ["arboga/sip-01", "syfte", "1", "Anna", ""],
                      ["vasteras/sip-09", "syfte", "1", "Anna", ""],
                      ["arboga/sip-01", "samtycke", "", "Anna", ""],
                      ["arboga/sip-02", "syfte", "jättebra", "Anna", "Karin Ek sa nej"]])
    path = tmp_path / "ifylld.csv"
    answers = read_answers(path, data, round_data, None)
    before = copy.deepcopy(round_data)
    with pytest.raises(SipcheckError) as caught:
        assessments.apply(round_data, answers, source=str(path))
    text = caught.value.text("sv")
    assert "rad 3: okänd plan «vasteras/sip-09»" in text
    assert "rad 5: okänd nivå «jättebra»" in text
    assert "rad 2" not in text and "rad 4" not in text
    assert "Karin" not in text + caught.value.text("en")
    assert round_data == before


def test_missing_column_says_which_and_what_to_do(round_data, tmp_path):
    data = csv_bytes([["plan", "kriterium", "bedömning", "granskare"],
                      ["arboga/sip-01", "syfte", "1", "Anna"]])
    with pytest.raises(SipcheckError) as caught:
        read_answers(tmp_path / "f.csv", data, round_data, None)
    assert "nivå saknas" in caught.value.text("sv")
    assert "--export" in caught.value.text("sv")
    assert "level missing" in caught.value.text("en")


def test_a_file_without_header_row_is_refused(round_data, tmp_path):
    data = csv_bytes([["arboga/sip-01", "syfte", "1", "Anna", "Karin Ek"]])
    with pytest.raises(SipcheckError) as caught:
        read_answers(tmp_path / "f.csv", data, round_data, None)
    assert "rubrikraden" in caught.value.text("sv") and "Karin" not in caught.value.text("sv")


def test_yaml_syntax_error_names_the_line(round_data, tmp_path):
    text = "bedömningar:\n- plan: arboga/sip-01\n  kriterium: syfte\n   nivå: 1\n"
    with pytest.raises(SipcheckError) as caught:
        read_answers(tmp_path / "f.yaml", text.encode(), round_data, "Bo")
    assert "f.yaml: rad 4" in caught.value.text("sv")
    assert "line 4" in caught.value.text("en")


def test_yaml_item_that_is_not_a_mapping(round_data, tmp_path):
    text = "bedömningar:\n- plan: arboga/sip-01\n  kriterium: syfte\n  nivå: 1\n- syfte\n"
    with pytest.raises(SipcheckError, match="rad 5: posten är ingen mappning"):
        read_answers(tmp_path / "f.yaml", text.encode(), round_data, "Bo")


def test_files_that_are_not_what_they_claim(round_data, tmp_path):
    with pytest.raises(SipcheckError, match="Excel-arbetsbok"):
        read_answers(tmp_path / "f.csv", b"PK\x03\x04rest", round_data, "Bo")
    with pytest.raises(SipcheckError, match="ingen läsbar CSV"):
        read_answers(tmp_path / "f.csv", b"", round_data, "Bo")
    with pytest.raises(SipcheckError, match="hittar inga bedömningar"):
        read_answers(tmp_path / "f.yaml", b"plan: x\n", round_data, "Bo")


def test_files_over_5_mb_are_refused(round_data, tmp_path):
    big = tmp_path / "stor.csv"
    big.write_bytes(b"plan;kriterium;niv\xc3\xa5\r\n" + b"x" * MAX_BYTES)
    with pytest.raises(SipcheckError, match="högst 5 MB"):
        read_file(big)
    with pytest.raises(SipcheckError) as caught:
        read_answers(big, big.read_bytes(), round_data, "Bo")
    assert "5,0 MB" in caught.value.text("sv") and "at most 5 MB" in caught.value.text("en")


@pytest.mark.parametrize("suffix", [".csv", ".yaml"])
def test_round_trip_gives_exactly_the_filled_in_answers(round_data, tmp_path, suffix):
    path = tmp_path / f"mall{suffix}"
    exported = export_answers(round_data, path, "Anna", "sv")
    filled = {("arboga/sip-01", "syfte"): ("Ej uppfyllt", "Saknar mål, ändra"),
              ("koping/sip-02", "samtycke"): ("Uppfyllt", "")}
    if suffix == ".csv":
        rows = parse_csv(exported)
        for row in rows[1:]:
            row[5], row[7] = filled.get((row[0], row[2]), ("", ""))
        data = csv_bytes(rows)
    else:
        document = yaml.safe_load(exported)
        for item in document["bedömningar"]:
            item["nivå"], item["kommentar"] = filled.get(
                (item["plan"], item["kriterium"]), (None, None))
        data = yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode()
    answers = read_answers(path, data, round_data, None)
    assert {(a.plan, a.criterion): (a.level, a.comment) for a in answers} == filled
    assert {a.reviewer for a in answers} == {"Anna"}
    assessments.apply(round_data, answers)
    again = parse_csv(export_answers(round_data, tmp_path / "igen.csv", "Anna", "sv"))
    assert {(r[0], r[2]): (r[5], r[7]) for r in again[1:] if r[5]} == filled
