"""The plan's text on the workshop page: the reader's blocks, masked, with the evidence of
a criterion found by its `where` and its quoted words marked."""

from __future__ import annotations

import json

import pytest
from conftest import REPO
from helpers import document, heading, para, table

from sipcheck.documents import Location, read_document
from sipcheck.workshop.plan_text import find_quote, marked, pieces, plan_text


@pytest.mark.parametrize("name", ["2024-02", "2024-09"])
def test_every_piece_of_evidence_in_the_example_rounds_is_found_and_its_words_marked(name):
    """Docx paragraphs and cells, PDF pages, Markdown and text lines: each `where` leads to
    a block or cell, and the quoted words are marked there, not just the whole block."""
    round_data = json.loads((REPO / "examples" / "rounds" / f"{name}.json").read_text("utf-8"))
    folder = REPO / "examples" / "plans" / name
    evidence = words_marked = 0
    for plan in round_data["plans"]:
        shown = plan_text(read_document(folder / plan["file"]))
        for result in plan["criteria"]:
            placed = [e for e in result["evidence"] if e["where"]]
            marks, found = marked(shown, placed)
            assert all(found), (plan["id"], result["id"], placed)
            evidence += len(placed)
            for number, item in enumerate(placed, start=1):
                spans = [(target, start, end) for target, ranges in marks.items()
                         for start, end, n in ranges if n == number]
                assert spans, (plan["id"], result["id"], item)
                marked_text = " ".join(shown.texts[t][s:e] for t, s, e in spans)
                quote = item["text"].rstrip("…").split(": ", 1)[-1].split(" | ")[0].strip("”")
                words_marked += " ".join(quote.split())[:30] in " ".join(marked_text.split())
    assert evidence > 80
    assert words_marked / evidence >= 0.98, (words_marked, evidence)


def test_a_line_inside_a_paragraph_of_a_text_file_is_found_in_that_paragraph(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("SYFTE\nPlanen ska hjälpa Kim att\nkomma tillbaka till skolan.\n\nMÅL\n"
                    "Kim vill gå i skolan.\n", "utf-8")
    shown = plan_text(read_document(plan))
    marks, found = marked(shown, [{"text": "komma tillbaka till skolan.", "where": {"line": 3}}])
    assert found == [True]
    (target, ranges), = marks.items()
    start, end, _ = ranges[0]
    assert shown.texts[target][start:end] == "komma tillbaka till skolan."
    assert "Planen ska hjälpa Kim" in shown.texts[target]


def test_personal_data_is_masked_in_the_text_and_a_name_under_its_column_too():
    made = document(heading("Personuppgifter"),
                    table(["Namn", "Personnummer"], ["Anna Andersson", "19121212-1212"]),
                    para("Ring mamma på 070-123 45 67 om något händer."))
    shown = plan_text(made)
    everything = " ".join(shown.texts.values())
    assert "19121212-1212" not in everything and "[personnummer]" in everything
    assert "070-123 45 67" not in everything and "[telefonnummer]" in everything
    assert "Anna Andersson" not in everything
    assert "[telefon" not in " ".join(plan_text(made, "en").texts.values())


def test_a_table_row_quoted_whole_marks_every_cell_of_the_row():
    made = document(table(["Insats", "Ansvarig", "När"],
                          ["Samtal varje vecka", "Kurator, BUP", "Från 2024-09-12"]))
    shown = plan_text(made)
    row_quote = "Samtal varje vecka | Kurator, BUP | Från 2024-09-12"
    first_cell = made.blocks[0].rows[1][0].location.to_dict()
    marks, _ = marked(shown, [{"text": row_quote, "where": first_cell}])
    assert sorted(shown.texts[t] for t in marks) == sorted(row_quote.split(" | "))


def test_a_quote_that_is_not_in_the_block_any_more_marks_the_whole_block():
    """The file changed after the review: the place is still shown, as a whole."""
    made = document(para("Mål: Kim vill gå i skolan varje dag."))
    shown = plan_text(made)
    marks, found = marked(shown, [{"text": "Kim vill börja arbeta.", "where":
                                   Location(paragraph=1).to_dict()}])
    assert found == [True]
    (target, [(start, end, _)]), = marks.items()
    assert (start, end) == (0, len(shown.texts[target]))


def test_evidence_of_the_whole_plan_or_a_missing_place_is_not_marked():
    shown = plan_text(document(para("Text.")))
    marks, found = marked(shown, [{"text": "x", "where": {}},
                                  {"text": "y", "where": {"page": 9, "paragraph": 9}}])
    assert marks == {} and found == [False, False]


def test_a_quote_is_found_however_its_whitespace_runs_and_cut_with_an_ellipsis():
    text = "Syfte:  Planen ska\nhjälpa Kim att komma tillbaka till skolan efter sommaren."
    start, end = find_quote(text, "Syfte: Planen ska hjälpa Kim att komma…")
    assert text[start:end] == "Syfte:  Planen ska\nhjälpa Kim att komma"
    value = "Planen ska\nhjälpa Kim att komma tillbaka."  # the label stood in another cell
    start, end = find_quote(value, "Syfte: Planen ska hjälpa…")
    assert value[start:end] == "Planen ska\nhjälpa"
    assert find_quote("Hon sa: ”Jag vill hem.”", "”Jag vill hem.”") == (8, 23)


def test_overlapping_marks_become_one_run_that_anchors_both():
    cut = pieces("abcdefghij", [(2, 6, 1), (4, 8, 2)])
    assert [(p.text, p.mark, p.anchor) for p in cut] == [
        ("ab", None, []), ("cdefgh", 1, [1, 2]), ("ij", None, [])]
