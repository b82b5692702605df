"""`sipcheck anonymize` on a corpus with personal data planted in every place a plan can
hold it: not one planted value in any copy (searched in every part of every file, not only
in the text a reader shows), the same review levels for plans whose judged sections hold
none, the layout kept, the report and the messages free of values."""

from __future__ import annotations

import codecs
import csv
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import ENV, EXAMPLES, REPO
from helpers import checklist_named
from planted import (
    MARKDOWN_PLAN,
    MARKDOWN_PLANTED,
    PDF_PLANTED,
    PERSON,
    PLANTED,
    TEXT_PLANTED,
    everywhere_docx,
    plant_outside,
    planted_pdf,
    text_plan,
)

from sipcheck.documents import BlockKind, read_document
from sipcheck.review import review_paths

# Example plans given personal data only where no criterion looks: their levels must hold.
OUTSIDE = ["2024-02/arboga/sip-01.docx", "2024-02/koping/sip-01.docx",
           "2024-09/kungsor/sip-03.docx"]
# Example plans without personal data, in every format the copies must read back alike.
CLEAN = ["2024-02/kungsor/sip-01.pdf", "2024-09/koping/sip-03.pdf", "2024-02/koping/sip-02.md",
         "2024-02/arboga/sip-02.txt", "2024-09/arboga/sip-03.docx"]


def run(*args, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if ENV.get(k, "") is not None}
    env.update({k: v for k, v in ENV.items() if v is not None})
    done = subprocess.run([sys.executable, "-m", "sipcheck", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(pool, out, run, planted values): the corpus anonymised once for the module."""
    root = tmp_path_factory.mktemp("anonymize")
    pool = root / "planer"
    for unit in ("koping", "arboga", "kungsor", "exempel"):
        (pool / unit).mkdir(parents=True)
    everywhere_docx(pool / "koping" / "overallt.docx")
    planted_pdf(pool / "koping" / "pdf-plan.pdf")
    (pool / "arboga" / "text-plan.txt").write_bytes(
        text_plan().replace("\n", "\r\n").encode("cp1252"))
    (pool / "arboga" / "markdown-plan.md").write_bytes(
        codecs.BOM_UTF8 + MARKDOWN_PLAN.encode("utf-8"))
    values = [*PLANTED, *PDF_PLANTED, *TEXT_PLANTED, *MARKDOWN_PLANTED]
    for number, name in enumerate(OUTSIDE, start=1):
        values += plant_outside(EXAMPLES / name, pool / "kungsor" / f"plan-{number}.docx",
                                number)
    for name in CLEAN:
        shutil.copy(EXAMPLES / name, pool / "exempel" / name.replace("/", "-"))
    out = root / "anonymiserade"
    done = run("anonymize", pool, "--out", out, "--name", PERSON)
    return pool, out, done, values


def _texts(path: Path):
    """Every text a file holds: each part of a .docx unzipped, else the file decoded."""
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for name in package.namelist():
                yield f"{path.name}:{name}", package.read(name).decode("utf-8", "replace")
    else:
        yield path.name, data.decode("utf-8", "replace")
        yield path.name, data.decode("cp1252", "replace")


def test_the_copies_are_made_and_found_clean(corpus):
    pool, out, done, _ = corpus
    assert done.returncode == 0, done.stderr
    copies = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert "koping/overallt.docx" in copies and "koping/pdf-plan.docx" in copies
    assert "arboga/text-plan.txt" in copies and "kungsor/plan-1.docx" in copies
    assert "12 av 12 planer anonymiserades" in done.stderr
    assert run("scan", out).returncode == 0


def test_not_one_planted_value_is_left_in_any_part_of_any_file(corpus):
    _, out, done, values = corpus
    leaks = [(where, value) for path in out.rglob("*") if path.is_file()
             for where, text in _texts(path) for value in values if value in text]
    assert not leaks
    for value in values:
        assert value not in done.stdout + done.stderr


def test_review_levels_hold_for_plans_without_personal_data_where_judged(corpus):
    pool, out, _, _ = corpus
    checklist = checklist_named()
    for unit in ("kungsor", "exempel"):
        before = review_paths([pool / unit], checklist, jobs=1)["plans"]
        after = {plan["id"]: plan for plan in review_paths([out / unit], checklist,
                                                           jobs=1)["plans"]}
        for plan in before:
            levels = {c["id"]: c["level"] for c in plan["criteria"]}
            assert levels == {c["id"]: c["level"] for c in after[plan["id"]]["criteria"]}, \
                plan["id"]


def test_the_word_copy_keeps_its_layout_with_placeholders_in_place(corpus):
    pool, out, _, _ = corpus
    original, copy = (read_document(folder / "koping" / "overallt.docx") for folder in (pool, out))
    for document in (original, copy):
        assert document.ok
    assert _layout(copy) == _layout(original)
    word = [docx.Document(str(folder / "koping" / "overallt.docx")) for folder in (pool, out)]
    assert [s.page_width for s in word[0].sections] == [s.page_width for s in word[1].sections]
    texts = [block.text for block in copy.blocks]
    assert texts[0] == "SIP för [namn 1], [personnummer 4]"  # the header
    assert "Planen tillhör: [namn 1]" in texts  # an inline content control
    assert "Personnummer: [personnummer 1]" in texts  # a block content control
    assert "Skolsköterska [namn 3], tel [telefon 2]" in texts  # the text box
    assert "Namn | Roll | Telefon | E-post\n[namn 2] | Mamma | [telefon 1] | [e-post 1]" in \
        "\n".join(texts)  # a table; "Anna Anders" + "son" were two runs
    assert ("[namn 1] behöver stöd för att gå i skolan. [namn 1]s mamma vill att [namn 1] får "
            "hjälp. [namn 1] bor på [adress 1], [adress 2], pnr [personnummer 2].") in texts
    assert "Denna rad slogs ihop med nästa av handläggaren." in texts  # a deleted mark
    assert "[bild borttagen]" in texts
    assert texts[-1] == "[namn 1], mobil [telefon 4]"  # the footer


def _layout(document) -> tuple:
    """Headings with their levels, table shapes, and the parts outside the body."""
    return ([(b.text, b.level) for b in document.blocks if b.kind is BlockKind.HEADING],
            [[len(row) for row in b.rows] for b in document.blocks if b.is_table],
            [b.location.part for b in document.blocks if b.location.part])


def test_comments_changes_properties_and_images_are_gone(corpus):
    _, out, done, _ = corpus
    with zipfile.ZipFile(out / "koping" / "overallt.docx") as package:
        names = package.namelist()
        document = package.read("word/document.xml").decode("utf-8")
        core = package.read("docProps/core.xml").decode("utf-8")
        settings = package.read("word/settings.xml").decode("utf-8")
    assert not [n for n in names if "comment" in n or "people" in n or "media/" in n]
    for mark in ("<w:ins ", "<w:del ", "<w:delText", "commentReference", "<w:drawing><wp:inline"):
        assert mark not in document
    assert "[bild borttagen]" in document
    assert document.count("<w:tr>") + document.count("<w:tr ") == 3  # the deleted row went
    assert "<dc:creator>" not in core and "<dc:title>" not in core
    assert "removePersonalInformation" in settings
    line = next(line for line in done.stdout.splitlines() if "overallt.docx" in line)
    assert line == ("koping/overallt.docx → koping/overallt.docx: 5 personnummer, 4 telefonnummer,"
                    " 2 e-postadress, 2 postadress, 11 namn; 1 kommentar borttagen; 4 spårade "
                    "ändringar godkända; 1 bild borttagen; dokumentegenskaper rensade")


def test_a_pdf_becomes_a_word_text_copy_that_says_so(corpus):
    _, out, done, _ = corpus
    copy = read_document(out / "koping" / "pdf-plan.docx")
    texts = [block.text for block in copy.blocks]
    assert texts[0].startswith("Anonymiserad textkopia av pdf-plan.pdf")
    assert "Planen tillhör: [namn 1], [personnummer 1]" in "\n".join(texts)
    assert "koping/pdf-plan.pdf → koping/pdf-plan.docx" in done.stdout
    assert "textkopia i Word: en PDF:s text kan inte ändras säkert" in done.stdout


def test_text_plans_keep_their_encoding_and_line_endings(corpus):
    _, out, _, _ = corpus
    data = (out / "arboga" / "text-plan.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # still Windows-1252
    text = data.decode("cp1252")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert "Planen tillhör: [namn 1]\r\nPersonnummer: [personnummer 1]" in text
    assert "[namn 1] behöver stöd. [namn 1]s pappa ringer på [telefon 1]." in text
    markdown = (out / "arboga" / "markdown-plan.md").read_bytes()
    assert markdown.startswith(codecs.BOM_UTF8)
    assert "| [namn 1] | mamma |" in markdown.decode("utf-8-sig")
    assert "[namn 2] ([namn 2]) behöver stöd" in markdown.decode("utf-8-sig")


def test_the_report_has_kinds_and_counts_per_file_and_no_values(corpus):
    _, out, _, values = corpus
    text = (out / "anonymisering.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 12
    row = next(r for r in rows if r["fil"] == "koping/overallt.docx")
    assert (row["personnummer"], row["namn"], row["kommentarer borttagna"],
            row["bilder borttagna"], row["egenskaper rensade"], row["kvar efter kontroll"]) == (
        "5", "11", "1", "1", "ja", "")
    pdf = next(r for r in rows if r["fil"] == "koping/pdf-plan.pdf")
    assert pdf["kopia"] == "koping/pdf-plan.docx" and "textkopia" in pdf["anmärkning"]
    for value in values:
        assert value not in text


def test_a_dry_run_lists_kinds_counts_and_places_and_writes_nothing(corpus, tmp_path,
                                                                   sipcheck_main):
    pool, _, _, values = corpus
    out = tmp_path / "ut"
    done = sipcheck_main("anonymize", pool / "koping", "--out", out, "--dry-run", "--name",
                         PERSON)
    assert done.code == 0, done.stderr
    assert not out.exists()
    assert "Provkörning: inget skrevs. 2 av 2 planer kan anonymiseras." in done.stderr
    rows = [" ".join(line.split("│")[1:]).split() for line in done.stdout.splitlines()
            if "overallt.docx" in line and "│" in line]
    assert ["overallt.docx", "personnummer", "1", "sidhuvud"] in rows
    assert ["overallt.docx", "telefonnummer", "1", "textruta"] in rows
    assert ["overallt.docx", "namn", "2", "tabell", "1"] in rows
    for value in values:
        assert value not in done.stdout + done.stderr


def test_existing_copies_are_not_overwritten_without_force(corpus, tmp_path, sipcheck_main):
    pool, _, _, _ = corpus
    out = tmp_path / "ut"
    assert sipcheck_main("anonymize", pool / "arboga", "--out", out).code == 0
    copy = out / "text-plan.txt"
    copy.write_text("ändrad för hand", "utf-8")
    again = sipcheck_main("anonymize", pool / "arboga", "--out", out)
    assert again.code == 2
    assert str(copy) in again.stderr and "finns redan" in again.stderr and "--force" in again.stderr
    assert copy.read_text("utf-8") == "ändrad för hand"
    assert sipcheck_main("anonymize", pool / "arboga", "--out", out, "--force").code == 0
    assert "[namn 1]" in copy.read_text("cp1252")
