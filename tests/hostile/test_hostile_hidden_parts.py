"""Personal data only in the parts of a file nobody sees when reading the plan: each is
found and reported by its place, and the plan text itself stays as it was."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fpdf import FPDF
from hostile.corpus import NAME, PNR

from sipcheck.documents import Status, read_document
from sipcheck.privacy import scan


def _places(path: Path) -> dict[str, set[str]]:
    document = read_document(path)
    assert document.ok, document.message
    found: dict[str, set[str]] = {}
    for finding in scan(document):
        found.setdefault(finding.location.part or "body", set()).add(finding.kind)
    return found


def _png() -> bytes:
    """A 1 × 1 white PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def test_docx_deletions_hidden_text_and_alt_text(tmp_path):
    document = docx.Document()
    document.add_heading("Syfte", level=1)
    paragraph = document.add_paragraph("Kim ska få stöd i skolan.")
    hidden = paragraph.add_run(f" {PNR}")
    hidden._r.get_or_add_rPr().append(OxmlElement("w:vanish"))
    deleted = OxmlElement("w:del")
    for key, value in (("w:id", "1"), ("w:author", NAME), ("w:date", "2024-01-01T00:00:00Z")):
        deleted.set(qn(key), value)
    run, text = OxmlElement("w:r"), OxmlElement("w:delText")
    text.text = "Ring 070-111 22 33"
    run.append(text)
    deleted.append(run)
    paragraph._p.append(deleted)
    picture = tmp_path / "bild.png"
    picture.write_bytes(_png())
    document.add_picture(str(picture))
    document.inline_shapes[0]._inline.docPr.set("descr", f"Foto på {NAME}")
    path = tmp_path / "dold.docx"
    document.save(path)
    places = _places(path)
    assert places["deleted"] == {"telefon", "namn"}
    assert places["hidden_text"] == {"personnummer"}
    assert places["alt_text"] == {"namn"}
    assert "body" not in places
    assert read_document(path).blocks[1].text == "Kim ska få stöd i skolan."


def test_docx_struck_through_text_is_no_plan_text_but_is_scanned(tmp_path):
    # a follow-up strikes out an ended measure: it is no longer the plan, yet it is printed
    document = docx.Document()
    document.add_heading("Andra aktörers insatser", level=1)
    paragraph = document.add_paragraph("Inga andra aktörer har insatser nu.")
    struck = document.add_paragraph().add_run(f"FK-handläggare {NAME} utreder sjukpenning.")
    struck.font.strike = True
    path = tmp_path / "struken.docx"
    document.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "Andra aktörers insatser", paragraph.text]
    assert _places(path)["struck_text"] == {"namn"}


def test_pdf_annotations_and_metadata(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.set_author(NAME)
    pdf.set_title(f"SIP {PNR}")
    pdf.multi_cell(0, 8, "Syfte\nKim ska få stöd i skolan.")
    pdf.text_annotation(10, 10, "Ring 070-111 22 33")
    path = tmp_path / "anteckning.pdf"
    pdf.output(str(path))
    places = _places(path)
    assert places["metadata"] == {"namn", "personnummer"}
    assert places["annotation"] == {"telefon"}


def test_a_pdf_that_draws_nothing_is_damaged_not_scanned(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    path = tmp_path / "tom.pdf"
    pdf.output(str(path))
    document = read_document(path)
    assert document.status is Status.UNREADABLE and "inskannad" not in document.message
