"""Bad, odd and hostile files: each gets a clear message, the others are still reviewed.

One test per case a folder from many units brings. The property-based tests at the end
feed mutated documents and checklists to the readers and the loader and require that
only sipcheck's own outcomes come out: a Document with a status, or a SipcheckError.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from helpers import checklist_named
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sipcheck.checklist.loader import validate_text
from sipcheck.discover import discover
from sipcheck.documents import Status, read_document
from sipcheck.review import review_paths
from sipcheck.rounds import load_round, write_atomic
from sipcheck.text import SipcheckError

PLAN = "## Syfte\nKim behöver stöd för att kunna gå i skolan igen efter lovet.\n"


def _docx(path: Path, text: str = "Syfte: Kim behöver stöd i skolan.") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)
    return path


def _pdf(path: Path, text: str = "Syfte: Kim behöver stöd i skolan.") -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, text)
    pdf.output(str(path))
    return path


def _status(path: Path) -> tuple[Status, str]:
    document = read_document(path)
    return document.status, document.message or ""


@pytest.mark.parametrize("name", ["tom.md", "tom.pdf", "tom.docx", "tom.txt"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert _status(path) == (Status.UNREADABLE,
                             "Filen är tom (0 byte): exportera planen på nytt.")


def test_truncated_docx_and_pdf(tmp_path):
    for path in (_docx(tmp_path / "a.docx"), _pdf(tmp_path / "b.pdf")):
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 3])
        status, message = _status(path)
        assert status is Status.UNREADABLE
        assert "skadad" in message


def test_a_pdf_named_docx_is_read_as_pdf_with_a_warning(tmp_path):
    path = tmp_path / "plan.docx"
    _pdf(tmp_path / "real.pdf").rename(path)
    document = read_document(path)
    assert document.ok and "Kim behöver stöd" in document.text()
    assert document.warnings[0][0] == ("Filen är egentligen en .pdf-fil men heter .docx: "
                                       "byt filändelse.")


def test_a_docx_named_txt_is_read_as_docx(tmp_path):
    path = tmp_path / "plan.txt"
    _docx(tmp_path / "real.docx").rename(path)
    document = read_document(path)
    assert document.ok and "Kim behöver stöd" in document.text()
    assert document.warnings


def test_binary_junk_named_txt(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 8)
    status, message = _status(path)
    assert status is Status.UNREADABLE and "inte ut att vara en textfil" in message


def test_a_huge_text_file_is_refused_without_being_read_whole(tmp_path, monkeypatch):
    import sipcheck.documents.text_blocks as text_blocks

    monkeypatch.setattr(text_blocks, "MAX_BYTES", 1000)
    path = tmp_path / "plan.txt"
    path.write_text(PLAN * 100, encoding="utf-8")
    status, message = _status(path)
    assert status is Status.UNREADABLE and "större än" in message


def test_deeply_nested_tables(tmp_path):
    path = _docx(tmp_path / "deep.docx")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    inner = "<w:p><w:r><w:t>djupt</w:t></w:r></w:p>"
    for _ in range(150):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    xml = parts["word/document.xml"].decode().replace("<w:sectPr", inner + "<w:sectPr", 1)
    parts["word/document.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    status, message = _status(path)
    assert status is Status.UNREADABLE and "nästlade för djupt" in message


def test_a_file_without_read_permission(tmp_path, monkeypatch):
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    original = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    status, message = _status(path)
    assert status is Status.UNREADABLE and "behörighet saknas" in message


def test_symlink_loop_and_dangling_link(tmp_path):
    folder = tmp_path / "plans" / "arboga"
    folder.mkdir(parents=True)
    (folder / "sip-01.md").write_text(PLAN, encoding="utf-8")
    (folder / "loop").symlink_to(folder.parent)
    (folder / "borta.md").symlink_to(folder / "finns-inte.md")
    round_data = review_paths([tmp_path / "plans"], checklist_named())
    plans = {plan["file"]: plan for plan in round_data["plans"]}
    assert set(plans) == {"arboga/sip-01.md", "arboga/borta.md"}
    assert plans["arboga/sip-01.md"]["status"] == "ok"
    assert "finns inte längre" in plans["arboga/borta.md"]["problems"][0]["message"]


def test_a_file_that_disappears_during_the_run(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("a.md", "b.md"):
        (folder / name).write_text(PLAN, encoding="utf-8")
    found = discover([folder])
    (folder / "a.md").unlink()
    status, message = _status(found[0].path)
    assert status is Status.UNREADABLE and "flyttades eller togs bort" in message
    assert read_document(found[1].path).ok


def test_other_plans_are_reviewed_whatever_breaks(tmp_path):
    folder = tmp_path / "plans" / "sala"
    folder.mkdir(parents=True)
    (folder / "bra.md").write_text(PLAN, encoding="utf-8")
    (folder / "tom.pdf").write_bytes(b"")
    (folder / "gammal.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    (folder / "skräp.docx").write_bytes(b"PK\x03\x04 not really a zip")
    round_data = review_paths([tmp_path / "plans"], checklist_named())
    statuses = {plan["file"]: plan["status"] for plan in round_data["plans"]}
    assert statuses == {"sala/bra.md": "ok", "sala/tom.pdf": "unreadable",
                        "sala/gammal.doc": "unsupported", "sala/skräp.docx": "unreadable"}


# --- round files -------------------------------------------------------------------------

EXAMPLE_ROUND = Path(__file__).resolve().parent.parent / "examples" / "rounds" / "2024-02.json"


def test_damaged_round_file(tmp_path):
    path = tmp_path / "round.json"
    path.write_text(EXAMPLE_ROUND.read_text("utf-8")[:500], encoding="utf-8")
    with pytest.raises(SipcheckError) as error:
        load_round(path)
    assert error.value.message.startswith(f"{path}:22:4: filen är inte giltig JSON")
    assert error.value.message.endswith("skapa omgångsfilen på nytt med sipcheck review --save.")


@pytest.mark.parametrize(("name", "said_sv", "said_en"), [
    ("2024-02/koping/sip-01.docx", "är ett Word-dokument (eller annan Office-fil), inte en "
                                   "omgångsfil.", "is a Word document"),
    ("2024-02/kungsor/sip-01.pdf", "är en PDF, inte en omgångsfil.", "is a PDF, not a round file"),
])
def test_a_plan_given_as_a_round_says_what_it_is_and_what_to_do(name, said_sv, said_en):
    """A .docx handed to `compare` used to print a raw codec error."""
    path = EXAMPLE_ROUND.parents[1] / "plans" / name
    with pytest.raises(SipcheckError) as error:
        load_round(path)
    assert error.value.text("sv") == (
        f"{path} {said_sv} Granska planerna först och spara omgången: sipcheck review MAPP "
        "--save omgang.json; ge sedan omgångsfilerna till sipcheck.")
    assert said_en in error.value.text("en") and "codec" not in error.value.text("en")


def test_a_score_that_fits_neither_null_nor_a_score_is_named_in_swedish(tmp_path):
    """jsonschema's "is not valid under any of the given schemas" becomes what is missing."""
    data = json.loads(EXAMPLE_ROUND.read_text("utf-8"))
    data["plans"][1]["score"] = {"points": "x"}
    path = tmp_path / "round.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(SipcheckError) as error:
        load_round(path)
    lines = error.value.text("sv").splitlines()[1:]
    assert [line.split(": ", 1)[1] for line in lines] == [
        "plans.1.score: nyckeln «max» saknas.", "plans.1.score: nyckeln «percent» saknas.",
        "plans.1.score.points ska vara ett tal."]
    assert "schemas" not in error.value.text("en")


def test_hand_edited_round_file_names_what_is_wrong(tmp_path):
    data = json.loads(EXAMPLE_ROUND.read_text("utf-8"))
    data["plans"][1]["criteria"][0]["level"] = "kanske"
    del data["plans"][2]["score"]
    path = tmp_path / "round.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(SipcheckError) as error:
        load_round(path)
    text = error.value.text()
    assert "är skadad eller ändrad för hand" in text
    assert f"{path}:" in text and "plans.2: nyckeln «score» saknas." in text


def test_unknown_level_in_an_edited_round(tmp_path):
    data = json.loads(EXAMPLE_ROUND.read_text("utf-8"))
    data["plans"][1]["criteria"][0]["level"] = "kanske"
    path = tmp_path / "round.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(SipcheckError) as error:
        load_round(path)
    assert "plans.1.criteria.0.level: nivån «kanske» finns inte i omgångens checklista." \
        in error.value.text()


def test_interrupted_write_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "round.json"

    def interrupt(_fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "{}")
    assert list(tmp_path.iterdir()) == []


def test_interrupted_overwrite_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "round.json"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new", force=True)
    assert target.read_text("utf-8") == "old" and list(tmp_path.iterdir()) == [target]


# --- property-based ----------------------------------------------------------------------

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _mutate(data: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        if buffer:
            buffer[position % len(buffer)] = value
    return bytes(buffer[: max(1, len(buffer) - cut)])


EDITS = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=12)


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originals")
    return {".docx": _docx(folder / "a.docx").read_bytes(),
            ".pdf": _pdf(folder / "a.pdf").read_bytes(),
            ".md": PLAN.encode("utf-8"), ".txt": PLAN.encode("cp1252")}


@SETTINGS
@given(suffix=st.sampled_from([".docx", ".pdf", ".md", ".txt"]), edits=EDITS,
       cut=st.integers(0, 400))
def test_mutated_documents_give_a_status_never_an_exception(tmp_path, originals, suffix, edits,
                                                            cut):
    path = tmp_path / f"plan{suffix}"
    path.write_bytes(_mutate(originals[suffix], edits, cut))
    document = read_document(path)
    assert document.status in set(Status)
    assert document.ok or document.message


CHECKLIST_TEXT = (Path(__file__).resolve().parent.parent / "checklists" /
                  "kvalitetskollen.yaml").read_text("utf-8")


@SETTINGS
@given(edits=st.lists(st.tuples(st.integers(0, len(CHECKLIST_TEXT) - 1),
                                st.sampled_from(list(":-[]{}'\"#&*! \n\tx0@|>"))),
                      min_size=1, max_size=8))
def test_mutated_checklists_give_problems_never_an_exception(edits):
    text = list(CHECKLIST_TEXT)
    for position, char in edits:
        text[position] = char
    data, problems = validate_text("".join(text), "mutated.yaml")
    assert problems or isinstance(data, dict)
    for problem in problems:
        assert problem.text().startswith("mutated.yaml:")
