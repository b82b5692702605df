"""The PDF reader on PDFs built in the test with fpdf2 (and a few hand-written ones)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fpdf import FPDF

from sipcheck.documents import pdf_reader, read_document
from sipcheck.documents.model import BlockKind, Location, Status
from sipcheck.documents.pdf_reader import read_pdf

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LOREM = ("Anna bor i egen lägenhet och har stöd från hemtjänsten tre dagar i veckan. "
         "Hon vill kunna handla själv och träffa sina vänner oftare.")


def new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    return pdf


def line(pdf: FPDF, text: str, style: str = "", size: float = 11, height: float = 6) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def dejavu_pdf(*lines: str) -> FPDF:
    """A page of `lines` in DejaVu Sans, a font with the characters Helvetica lacks."""
    pdf = new_pdf()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font("DejaVu", "", 11)
    for text in lines:
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    return pdf


def save(pdf: FPDF, tmp_path: Path, name: str = "plan.pdf") -> Path:
    path = tmp_path / name
    pdf.output(str(path))
    return path


def texts(doc) -> list[str]:
    return [block.text for block in doc.blocks]


def build_pdf(objs: list[bytes]) -> bytes:
    """A PDF file from its objects (object 1 is the catalog), with a correct xref."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (extra, len(content)) + content + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def raw_pdf(content: bytes, page_extra: bytes = b"") -> bytes:
    """A one-page PDF whose content stream is written by hand (Helvetica as /F1)."""
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s /Resources "
        b"<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>" % page_extra,
        HELVETICA,
        stream(content),
    ])


# --- text and order ---------------------------------------------------------------------

def test_pages_in_order_and_page_locations(tmp_path):
    pdf = new_pdf()
    line(pdf, "Första sidan")
    for word in ("Andra", "Tredje"):
        pdf.add_page()
        line(pdf, f"{word} sidan")
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.ok and doc.format == "pdf" and doc.pages == 3
    assert texts(doc) == ["Första sidan", "Andra sidan", "Tredje sidan"]
    assert [b.location for b in doc.blocks] == [Location(page=p, paragraph=1) for p in (1, 2, 3)]


def test_reading_order_is_top_to_bottom_not_content_order(tmp_path):
    pdf = new_pdf()
    pdf.set_xy(10, 200)
    pdf.cell(0, 6, "Skrivs först men står längst ner")
    pdf.set_xy(10, 20)
    pdf.cell(0, 6, "Står överst")
    doc = read_pdf(save(pdf, tmp_path))
    assert texts(doc) == ["Står överst", "Skrivs först men står längst ner"]


def test_paragraphs_split_by_vertical_gap_and_keep_line_breaks(tmp_path):
    pdf = new_pdf()
    pdf.multi_cell(0, 5, f"{LOREM} {LOREM}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(0, 5, "Nästa stycke börjar här.", new_x="LMARGIN", new_y="NEXT")
    doc = read_pdf(save(pdf, tmp_path))
    assert len(doc.blocks) == 2
    first, second = doc.blocks
    assert first.kind is BlockKind.PARAGRAPH and "\n" in first.text
    assert first.text.replace("\n", " ") == f"{LOREM} {LOREM}"
    assert second.text == "Nästa stycke börjar här."
    assert second.location == Location(page=1, paragraph=2)


def test_swedish_characters_round_trip(tmp_path):
    pdf = new_pdf()
    line(pdf, "Åsa Öberg är ÄLDRE än Ärla; går, får, bör: åäöÅÄÖ éü")
    doc = read_pdf(save(pdf, tmp_path))
    assert texts(doc) == ["Åsa Öberg är ÄLDRE än Ärla; går, får, bör: åäöÅÄÖ éü"]


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVuSans not installed")
def test_unicode_font_checkboxes_and_dashes(tmp_path):
    doc = read_pdf(save(dejavu_pdf("☒ Samtycke – inhämtat ☐ Nej"), tmp_path))
    assert texts(doc) == ["☒ Samtycke – inhämtat ☐ Nej"]


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVuSans not installed")
def test_a_character_beyond_the_bmp_is_read_whole_and_the_round_can_be_saved(tmp_path):
    # an app's icons ("📅", here "𝌆", which DejaVu has) are two UTF-16 units in pdfium's
    # list of characters: read as one, never as two halves no UTF-8 file can hold
    import json

    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths

    path = save(dejavu_pdf("Insatser", "𝌆 Boendestöd från 2025-03-04, boendestödjare"), tmp_path)
    assert "\n".join(texts(read_pdf(path))).split("\n") == [
        "Insatser", "𝌆 Boendestöd från 2025-03-04, boendestödjare"]
    round_data = review_paths([tmp_path], load_checklist("kvalitetskollen"))
    json.dumps(round_data, ensure_ascii=False).encode("utf-8")  # no half character in it


def test_headings_by_font_size_with_levels(tmp_path):
    pdf = new_pdf()
    line(pdf, "Samordnad individuell plan", size=20, height=10)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, LOREM, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    line(pdf, "Mina mål", size=15, height=8)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, LOREM, new_x="LMARGIN", new_y="NEXT")
    doc = read_pdf(save(pdf, tmp_path))
    kinds = [(b.kind, b.level, b.text[:12]) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADING, 1, "Samordnad in"),
        (BlockKind.PARAGRAPH, None, LOREM[:12]),
        (BlockKind.HEADING, 2, "Mina mål"),
        (BlockKind.PARAGRAPH, None, LOREM[:12]),
    ]


def test_long_large_line_is_not_a_heading(tmp_path):
    pdf = new_pdf()
    line(pdf, "Det här är en lång mening i stor stil som inte är någon rubrik alls", size=16)
    pdf.multi_cell(0, 5, LOREM * 2)
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.blocks[0].kind is BlockKind.PARAGRAPH


def test_heading_size_from_text_matrix(tmp_path):
    # Word-style output: font size 1 and the size in the text matrix.
    content = ("BT /F1 1 Tf 20 0 0 20 50 760 Tm (Nuläge) Tj ET "
               "BT /F1 1 Tf 11 0 0 11 50 730 Tm (Anna bor hemma och vill fortsätta "
               "med det.) Tj ET").encode("cp1252")
    path = tmp_path / "tm.pdf"
    path.write_bytes(raw_pdf(content))
    doc = read_pdf(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "Nuläge"),
        (BlockKind.PARAGRAPH, "Anna bor hemma och vill fortsätta med det."),
    ]


def test_rotated_page_reads_in_display_order(tmp_path):
    # /Rotate 90: the text runs up the page in PDF space but left to right on screen,
    # and the line with the smaller x is the upper one. Sideways text is left out.
    content = ("BT /F1 12 Tf 0 1 -1 0 100 50 Tm (andra raden) Tj ET "
               "BT /F1 12 Tf 0 1 -1 0 86 50 Tm (Första raden) Tj ET "
               "BT /F1 8 Tf 1 0 0 1 300 300 Tm (marginalnot) Tj ET").encode("cp1252")
    path = tmp_path / "rotated.pdf"
    path.write_bytes(raw_pdf(content, b"/Rotate 90"))
    doc = read_pdf(path)
    assert texts(doc) == ["Första raden\nandra raden"]


def test_filled_in_form_fields_are_read(tmp_path):
    widget_look = b"/Tx BMC BT /F1 11 Tf 2 5 Td (Anna Andersson) Tj ET EMC"
    path = tmp_path / "form.pdf"
    path.write_bytes(build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        b"<< /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R] >>",
        HELVETICA,
        stream(b"BT /F1 11 Tf 50 760 Td (Namn:) Tj ET"),
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (namn) /V (Anna Andersson) "
        b"/Rect [100 752 300 772] /P 3 0 R /AP << /N 7 0 R >> >>",
        stream(widget_look, b"/Type /XObject /Subtype /Form /BBox [0 0 200 20] "
                            b"/Resources << /Font << /F1 4 0 R >> >>"),
    ]))
    doc = read_pdf(path)
    assert texts(doc) == ["Namn: Anna Andersson"]


def test_bold_label_lines_are_their_own_blocks(tmp_path):
    pdf = new_pdf()
    line(pdf, "Huvudansvarig:", "B")
    line(pdf, "Eva Svensson, socialtjänsten")
    line(pdf, "Nästa möte:", "B")
    line(pdf, "12 maj 2025")
    doc = read_pdf(save(pdf, tmp_path))
    assert [(b.text, b.bold, b.kind) for b in doc.blocks] == [
        ("Huvudansvarig:", True, BlockKind.PARAGRAPH),
        ("Eva Svensson, socialtjänsten", False, BlockKind.PARAGRAPH),
        ("Nästa möte:", True, BlockKind.PARAGRAPH),
        ("12 maj 2025", False, BlockKind.PARAGRAPH),
    ]
    assert [b.location.paragraph for b in doc.blocks] == [1, 2, 3, 4]


def test_bold_label_with_value_on_same_line_is_not_bold(tmp_path):
    pdf = new_pdf()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(30, 6, "Datum:")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "2025-05-12")
    doc = read_pdf(save(pdf, tmp_path))
    assert [(b.text, b.bold) for b in doc.blocks] == [("Datum: 2025-05-12", False)]


def test_bullet_list_items(tmp_path):
    pdf = new_pdf()
    line(pdf, "Insatser som planeras")
    pdf.ln(4)
    line(pdf, "- Boendestöd två gånger i veckan")
    line(pdf, "- Ledsagning till affären")
    doc = read_pdf(save(pdf, tmp_path))
    assert [(b.text, b.list_item) for b in doc.blocks] == [
        ("Insatser som planeras", False),
        ("Boendestöd två gånger i veckan", True),
        ("Ledsagning till affären", True),
    ]


# --- tables -------------------------------------------------------------------------------

PLAN_ROWS = [("Delmål", "Insats", "Ansvarig", "När"),
             ("Handla själv", "Boendestöd två gånger i veckan", "Kommunen", "mars"),
             ("Träffa vänner", "Ledsagning", "Kommunen", "april")]


def test_ruled_table_cells_locations_and_no_doubled_text(tmp_path):
    pdf = new_pdf()
    line(pdf, "Före tabellen")
    pdf.ln(2)
    with pdf.table() as table:
        for values in PLAN_ROWS:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(2)
    line(pdf, "Efter tabellen")
    doc = read_pdf(save(pdf, tmp_path))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE,
                                           BlockKind.PARAGRAPH]
    table = doc.blocks[1]
    assert table.location == Location(page=1, table=1)
    assert [[c.text.replace("\n", " ") for c in row] for row in table.rows] == [
        list(values) for values in PLAN_ROWS]
    assert table.rows[2][3].location == Location(page=1, table=1, row=3, cell=4)
    assert table.text.startswith("Delmål | Insats | Ansvarig | När\n")
    full = doc.text()
    for word in ("Delmål", "Ledsagning", "april", "Träffa vänner"):
        assert full.count(word) == 1
    assert doc.blocks[2].location == Location(page=1, paragraph=2)


def test_table_numbers_run_through_the_document(tmp_path):
    pdf = new_pdf()
    for page in range(2):
        if page:
            pdf.add_page()
        with pdf.table() as table:
            for values in PLAN_ROWS[:2]:
                row = table.row()
                for value in values:
                    row.cell(value)
    doc = read_pdf(save(pdf, tmp_path))
    tables = [b for b in doc.blocks if b.is_table]
    assert [t.location for t in tables] == [Location(page=1, table=1), Location(page=2, table=2)]
    assert tables[1].rows[0][0].location == Location(page=2, table=2, row=1, cell=1)


def test_unruled_table_from_aligned_columns(tmp_path):
    pdf = new_pdf()
    line(pdf, "Kontaktuppgifter till deltagarna")
    y = pdf.get_y() + 4
    rows = [("Namn", "Funktion", "Kontakt"),
            ("Eva Svensson", "Samordnare", "08-123 45"),
            ("Per Olsson", "", "08-555 12")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            pdf.set_xy(10 + 60 * c, y + 7 * r)
            pdf.cell(50, 6, value)
    pdf.set_xy(10, y + 30)
    pdf.multi_cell(0, 5, LOREM)
    doc = read_pdf(save(pdf, tmp_path))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE,
                                           BlockKind.PARAGRAPH]
    table = doc.blocks[1]
    assert [[c.text for c in row] for row in table.rows] == [list(r) for r in rows]
    assert table.rows[1][2].location == Location(page=1, table=1, row=2, cell=3)
    assert doc.text().count("08-123 45") == 1


def test_merged_cell_is_emitted_once_at_its_first_grid_position(tmp_path):
    pdf = new_pdf()
    with pdf.table() as table:
        table.row().cell("Planen tillhör", colspan=2)
        for values in (("Namn", "Personnummer"), ("Anna Andersson", "19800101-1234")):
            row = table.row()
            for value in values:
                row.cell(value)
    doc = read_pdf(save(pdf, tmp_path))
    (table,) = doc.blocks
    assert [[(c.text, c.location.row, c.location.cell) for c in row] for row in table.rows] == [
        [("Planen tillhör", 1, 1)],
        [("Namn", 2, 1), ("Personnummer", 2, 2)],
        [("Anna Andersson", 3, 1), ("19800101-1234", 3, 2)],
    ]


def test_a_cell_merged_down_says_how_many_rows_it_spans(tmp_path):
    # "Nu" beside two measures: the rows below it read it as theirs (`Cell.down`), while
    # the colspan over a row is no such cell
    pdf = new_pdf()
    with pdf.table() as table:
        table.row().cell("Tidsplan", colspan=2)
        header = table.row()
        header.cell("När")
        header.cell("Vad händer")
        first = table.row()
        first.cell("Nu", rowspan=2)
        first.cell("Anpassad skoldag")
        table.row().cell("KBT en gång i veckan")
        last = table.row()
        last.cell("Inom 1 månad")
        last.cell("Familjebehandling")
    doc = read_pdf(save(pdf, tmp_path))
    (table,) = doc.blocks
    assert [[(c.text, c.location.cell, c.down) for c in row] for row in table.rows] == [
        [("Tidsplan", 1, 0)], [("När", 1, 0), ("Vad händer", 2, 0)],
        [("Nu", 1, 1), ("Anpassad skoldag", 2, 0)], [("KBT en gång i veckan", 2, 0)],
        [("Inom 1 månad", 1, 0), ("Familjebehandling", 2, 0)]]


def test_table_finder_only_for_pages_with_rules(tmp_path, monkeypatch):
    pdf = new_pdf()
    pdf.multi_cell(0, 5, LOREM)
    pdf.add_page()
    with pdf.table() as table:
        for values in PLAN_ROWS:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.add_page()
    pdf.multi_cell(0, 5, LOREM)
    asked = []
    original = pdf_reader.ruled_grids
    monkeypatch.setattr(pdf_reader, "ruled_grids",
                        lambda edges, height: asked.append(edges) or original(edges, height))
    doc = read_pdf(save(pdf, tmp_path))
    assert len(asked) == 1
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE,
                                           BlockKind.PARAGRAPH]


def test_frame_around_text_is_not_a_table(tmp_path):
    pdf = new_pdf()
    pdf.rect(8, 8, 190, 30)
    pdf.set_xy(10, 10)
    pdf.multi_cell(0, 5, LOREM)
    doc = read_pdf(save(pdf, tmp_path))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]
    assert doc.blocks[0].text.replace("\n", " ") == LOREM


def test_a_scanned_page_s_grey_background_under_its_text_is_not_a_table(tmp_path):
    # a scan's page drawn as grey rectangles under its OCR text (fresh-73): a cell nearly
    # as large as the page is the page, and its headings and paragraphs are read as such
    pdf = new_pdf()
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.rect(1.5, 0.8, 207.5, 295.8, style="F")
    pdf.set_xy(10, 20)
    pdf.multi_cell(0, 5, LOREM)
    doc = read_pdf(save(pdf, tmp_path))
    assert not any(b.is_table for b in doc.blocks)
    assert doc.blocks[0].text.replace("\n", " ") == LOREM


def test_two_text_columns_read_left_column_first(tmp_path):
    pdf = new_pdf()
    left = " ".join(["Vänster spalt berättar om boendet och om vardagen."] * 4)
    right = " ".join(["Höger spalt berättar om skolan och om fritiden."] * 4)
    pdf.set_xy(10, 20)
    pdf.multi_cell(85, 5, left)
    pdf.set_xy(110, 20)
    pdf.multi_cell(85, 5, right)
    doc = read_pdf(save(pdf, tmp_path))
    assert not any(b.is_table for b in doc.blocks)
    joined = [b.text.replace("\n", " ") for b in doc.blocks]
    assert joined == [left, right]


def test_labels_beside_wrapped_values_are_rows_not_two_text_columns(tmp_path):
    # A record print: each field's label at the left margin, its value wrapped in a column
    # to the right. Read as two text columns, every label came before every value and the
    # participants list stood under "Frågeställning:".
    pdf = new_pdf()
    fields = [("Närvarande:", "Kurator Elin, Psykiatrisk slutenvård avd 3 Västerås"
               "\nSjuksköterska Tomas, Vuxenpsykiatrin Köping, öppenvårdsmottagningen"),
              ("Syfte:", " ".join(["J. ska kunna skrivas ut till sin lägenhet med stöd."] * 3)),
              ("Frågeställning:", "Hur ska J. få hjälp med räkningarna efter utskrivningen?")]
    pdf.set_y(20)
    for label, value in fields:
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(40, 5, label)
        pdf.set_xy(60, y)
        pdf.multi_cell(130, 5, value)
    doc = read_pdf(save(pdf, tmp_path))
    (table,) = [b for b in doc.blocks if b.is_table]
    assert [row[0].text for row in table.rows] == [label for label, _ in fields]
    assert table.rows[0][1].text.split("\n")[0] == \
        "Kurator Elin, Psykiatrisk slutenvård avd 3 Västerås"
    assert table.rows[2][1].text.startswith("Hur ska J. få hjälp")


def test_checkboxes_drawn_after_the_text_stand_with_their_options(tmp_path):
    # a word processor sets ☒/☐ in a symbol font and draws them after the line's text
    pdf = new_pdf()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    line = "Samtycke:      Muntligt      Skriftligt"
    pdf.set_xy(10, 20)
    pdf.cell(0, 6, line)
    x = {word: 10 + pdf.c_margin + pdf.get_string_width(line[:line.index(word)])
         for word in ("Muntligt", "Skriftligt")}
    pdf.set_font("DejaVu", "", 11)
    for word, box in (("Muntligt", "☒"), ("Skriftligt", "☐")):
        pdf.set_xy(x[word] - 6, 20)
        pdf.cell(5, 6, box)
    doc = read_pdf(save(pdf, tmp_path))
    assert texts(doc) == ["Samtycke: ☒ Muntligt ☐ Skriftligt"]


def _cross_as_letter(pdf, x: float) -> None:
    pdf.set_xy(x, 30)
    pdf.cell(3.5, 5.5, "X", align="C")


def _cross_as_strokes(pdf, x: float) -> None:
    pdf.line(x + 0.5, 31.5, x + 3, 34)
    pdf.line(x + 3, 31.5, x + 0.5, 34)


@pytest.mark.parametrize("cross", [_cross_as_letter, _cross_as_strokes])
def test_checkboxes_drawn_as_squares_are_read_as_boxes(tmp_path, cross):
    # a form program draws each box as a small square beside its option; one is crossed,
    # with an "X" or (an e-form's print, fresh-73) with two strokes and no character,
    # which are no boxes of their own
    pdf = new_pdf()
    pdf.set_xy(10, 20)
    pdf.cell(0, 6, "Samtycke till SIP")
    x = 10.0
    for option, crossed in (("Muntligt", False), ("Skriftligt", True), ("Ej aktuellt", False)):
        pdf.rect(x, 31, 3.5, 3.5)
        if crossed:
            cross(pdf, x)
        pdf.set_xy(x + 5, 30)
        width = pdf.get_string_width(option) + 9
        pdf.cell(width, 5.5, option)
        x += width + 5
    doc = read_pdf(save(pdf, tmp_path))
    assert texts(doc) == ["Samtycke till SIP", "☐ Muntligt ☒ Skriftligt ☐ Ej aktuellt"]


# --- bad files ----------------------------------------------------------------------------

def test_password_protected_pdf(tmp_path):
    pdf = new_pdf()
    line(pdf, "Hemlig plan")
    pdf.set_encryption(owner_password="ägare", user_password="hemligt")
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.status is Status.UNREADABLE and not doc.blocks
    assert "lösenordsskyddad" in doc.message and "password" in doc.message_en


def test_owner_password_only_is_readable(tmp_path):
    pdf = new_pdf()
    line(pdf, "Plan med skrivskydd")
    pdf.set_encryption(owner_password="ägare")
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.ok and texts(doc) == ["Plan med skrivskydd"]


@pytest.mark.parametrize("content", ["truncated", "text"])
def test_corrupt_or_not_a_pdf(tmp_path, content):
    path = tmp_path / "plan.pdf"
    if content == "truncated":
        pdf = new_pdf()
        pdf.multi_cell(0, 5, LOREM * 10)
        data = bytes(pdf.output())
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_text("Det här är ingen PDF.", encoding="utf-8")
    doc = read_pdf(path)
    assert doc.status is Status.UNREADABLE
    assert "skadad eller inte en PDF" in doc.message and doc.message_en


def test_a_broken_page_does_not_lose_the_others(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 99 0 R] /Count 2 >>",  # page 2 does not exist
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        b"<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        HELVETICA,
        stream(b"BT /F1 11 Tf 50 760 Td (Sida ett) Tj ET"),
    ]))
    doc = read_pdf(path)
    assert doc.ok and doc.pages == 2 and texts(doc) == ["Sida ett"]


def test_ruled_table_without_pdfminer(tmp_path, monkeypatch):
    """The ruling lines come from pdfium: a file pdfminer cannot read (stricter than
    pdfium) still has its table, and no word is lost."""
    import pdfplumber

    def refuse(*args, **kwargs):
        raise pdfplumber.utils.exceptions.PdfminerException("pdfminer says no")

    pdf = new_pdf()
    with pdf.table() as table:
        for values in PLAN_ROWS:
            row = table.row()
            for value in values:
                row.cell(value)
    path = save(pdf, tmp_path)
    monkeypatch.setattr(pdfplumber, "open", refuse)
    doc = read_pdf(path)
    assert doc.ok and [b.kind for b in doc.blocks] == [BlockKind.TABLE]
    # and a table finder that fails on the lines may lose the grid, never a word
    monkeypatch.setattr("pdfplumber.table.TableFinder.__init__", refuse)
    doc = read_pdf(path)
    assert doc.ok
    words = doc.text().split()
    assert all(word in words for values in PLAN_ROWS for value in values
               for word in value.split())


def test_pdf_without_text_layer_is_no_text(tmp_path):
    pdf = new_pdf()
    pdf.rect(20, 20, 100, 50)
    pdf.add_page()
    pdf.line(20, 20, 150, 20)
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.status is Status.NO_TEXT and doc.pages == 2
    assert "OCR" in doc.message and "inskannad" in doc.message and doc.message_en


def test_image_only_pdf_is_no_text(tmp_path):
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("L", (200, 100), 255).save(image)
    pdf = new_pdf()
    pdf.image(str(image), x=10, y=10, w=150)
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.status is Status.NO_TEXT


def test_page_limit(tmp_path, monkeypatch):
    pdf = new_pdf()
    for _ in range(3):
        line(pdf, "Sida")
        pdf.add_page()
    path = save(pdf, tmp_path)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    doc = read_pdf(path)
    assert doc.status is Status.UNREADABLE and doc.pages == 4
    assert "högst 2 sidor" in doc.message and "at most 2 pages" in doc.message_en


def test_missing_file(tmp_path):
    doc = read_pdf(tmp_path / "finns-inte.pdf")
    assert doc.status is Status.UNREADABLE and doc.message


def test_dispatcher_reads_pdf(tmp_path):
    pdf = new_pdf()
    line(pdf, "Via read_document")
    doc = read_document(save(pdf, tmp_path))
    assert doc.ok and texts(doc) == ["Via read_document"]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc")
def test_no_file_handles_leak(tmp_path):
    pdf = new_pdf()
    with pdf.table() as table:  # a ruled table, so the table finder runs too
        for values in PLAN_ROWS:
            row = table.row()
            for value in values:
                row.cell(value)
    path = save(pdf, tmp_path)
    read_pdf(path)
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(5):
        assert read_pdf(path).ok
    assert len(os.listdir("/proc/self/fd")) == before


# --- running headers and footers -----------------------------------------------------------

SYSTEM_LINE = "Cosmic Link - Samordnad individuell plan (SIP)"
REPEATED = "Eva Svensson ringer Anna varje måndag."


class PrintedPlan(FPDF):
    """A system print: a header line and a print time on top, "Sida n av N" at the bottom."""

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, SYSTEM_LINE, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Utskriven 2025-05-12 kl. 14.0{self.page_no()}",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")


def printed_plan(pages: int = 3) -> FPDF:
    pdf = PrintedPlan()
    pdf.set_auto_page_break(True, 25)
    for number in range(1, pages + 1):
        pdf.add_page()
        line(pdf, f"Del {number} av planen", size=15, height=8)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5, LOREM, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(40)  # mid-page: the same sentence on every page, twice on page 2
        for _ in range(2 if number == 2 else 1):
            line(pdf, REPEATED)
            pdf.ln(6)
    return pdf


def test_running_headers_and_footers_are_taken_out_of_the_body(tmp_path):
    doc = read_pdf(save(printed_plan(), tmp_path))
    assert doc.ok and doc.pages == 3
    parts = [(b.text, b.location) for b in doc.blocks if b.location.part]
    assert parts == [
        (SYSTEM_LINE, Location(page=1, part="header")),
        ("Utskriven 2025-05-12 kl. 14.01", Location(page=1, part="header")),
        ("Sida 1 av 3", Location(page=1, part="footer")),
    ]
    assert doc.blocks[0].text == SYSTEM_LINE and doc.blocks[-1].text == "Sida 1 av 3"
    body = [b for b in doc.blocks if not b.location.part]
    for block in body:
        assert "Cosmic Link" not in block.text and "Sida" not in block.text
        assert "Utskriven" not in block.text
    # A sentence that repeats in the body, on every page and twice on one, stays put.
    assert [b.location for b in body if b.text == REPEATED] == [
        Location(page=1, paragraph=3), Location(page=2, paragraph=3),
        Location(page=2, paragraph=4), Location(page=3, paragraph=3)]
    # "Del 1 av planen", "Del 2 av planen" atop each page are alike once digits are made
    # equal, as "Sida 1 av 3" and "Sida 2 av 3" are; but they are headings, not a header.
    headings = [(b.text, b.location) for b in body if b.kind is BlockKind.HEADING]
    assert headings == [(f"Del {n} av planen", Location(page=n, paragraph=1)) for n in (1, 2, 3)]


def test_header_on_most_pages_but_not_the_first(tmp_path):
    class LaterPages(PrintedPlan):
        def header(self):
            if self.page_no() > 1:
                super().header()

    pdf = LaterPages()
    for text in ("Anna bor hemma.", "Skolan har ett nytt schema.", "Nästa möte i maj."):
        pdf.add_page()
        line(pdf, text)
    doc = read_pdf(save(pdf, tmp_path))
    headers = [(b.text, b.location) for b in doc.blocks if b.location.part == "header"]
    assert headers[0] == (SYSTEM_LINE, Location(page=2, part="header"))
    assert SYSTEM_LINE not in "\n".join(b.text for b in doc.blocks if not b.location.part)


def test_footer_also_leaves_a_short_last_page(tmp_path):
    # Page 2 holds one line at the top: alone, its lines could be body or furniture; page 1
    # settles that the system line and "Sida n av 2" run, and they leave page 2 as well.
    pdf = PrintedPlan()
    pdf.add_page()
    pdf.multi_cell(0, 5, f"{LOREM}\n\n{LOREM}\n\n{LOREM}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(60)
    pdf.multi_cell(0, 5, LOREM)
    pdf.add_page()
    line(pdf, "Underskrifter: Anna Andersson")
    doc = read_pdf(save(pdf, tmp_path))
    assert [b.text for b in doc.blocks if b.location.part] == [
        SYSTEM_LINE, "Utskriven 2025-05-12 kl. 14.01", "Sida 1 av 2"]
    page_2 = [(b.text, b.location) for b in doc.blocks if b.location.page == 2]
    assert page_2 == [("Underskrifter: Anna Andersson", Location(page=2, paragraph=1))]


def test_a_line_atop_fewer_than_half_of_the_pages_stays_in_the_body(tmp_path):
    pdf = new_pdf()  # the same small line heads 2 pages of 5: no running header
    for number in range(5):
        if number:
            pdf.add_page()
        if number in (0, 3):
            pdf.set_xy(10, 10)
            line(pdf, "Bilaga 2", size=9)
        pdf.set_xy(10, 60)
        pdf.multi_cell(0, 5, LOREM)
    doc = read_pdf(save(pdf, tmp_path))
    assert not any(b.location.part for b in doc.blocks)
    assert [b.location for b in doc.blocks if b.text == "Bilaga 2"] == [
        Location(page=1, paragraph=1), Location(page=4, paragraph=1)]


@pytest.mark.parametrize("number", ["{n}", "- {n} -", "Sida {n}", "{n} (3)", "s. {n}"])
def test_lone_page_numbers_are_dropped(tmp_path, number):
    pdf = new_pdf()
    pdf.set_auto_page_break(False)
    for n in (1, 2, 3):
        if n > 1:
            pdf.add_page()
        pdf.multi_cell(0, 5, f"Stycke {n}. {LOREM}")
        pdf.set_y(-15)
        line(pdf, number.format(n=n), size=9)
    doc = read_pdf(save(pdf, tmp_path))
    assert not any(b.location.part for b in doc.blocks)
    assert doc.text().split() == f"Stycke 1. {LOREM} Stycke 2. {LOREM} Stycke 3. {LOREM}".split()


def test_single_page_keeps_header_and_footer_lines(tmp_path):
    pdf = printed_plan(pages=1)
    doc = read_pdf(save(pdf, tmp_path))
    assert not any(b.location.part for b in doc.blocks)
    assert doc.blocks[0].text.startswith(SYSTEM_LINE)
    assert doc.blocks[-1].text == "Sida 1 av 1"


def test_a_boxed_record_header_atop_every_page_is_a_running_header(tmp_path):
    # A record print draws its header as a box of fields that reaches below the margin;
    # on each page it is the same but for the page number, and the plan's text is not in it.
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        for label, value in (("Journalutskrift", f"Sida {page} (2)"),
                             ("Patient", "[namn] ÅÅMMDD-XXXX"),
                             ("Utskriven av", "Kim, ssk"), ("Vårdenhet", "Avd 82")):
            pdf.cell(60, 8, label, border=1)
            pdf.cell(100, 8, value, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        line(pdf, f"Anteckning {page}: " + ("Anna vill bo kvar hemma." if page == 1
                                            else "Hemtjänsten kommer två gånger om dagen."))
    doc = read_pdf(save(pdf, tmp_path))
    body = "\n".join(b.text for b in doc.blocks if not b.location.part)
    header = [b.text for b in doc.blocks if b.location.part == "header"]
    assert "Utskriven av" not in body and "Vårdenhet" not in body
    assert len(header) == 1 and "Utskriven av" in header[0]
    assert "Anna vill bo kvar hemma." in body and "Hemtjänsten kommer" in body


def sidebar_pdf(rows: list[tuple[str, str]], label_width: float = 48) -> FPDF:
    """Labels shaded in a narrow column, each label's text beside it, a line under each
    row and none closing it on the right: a record system's print."""
    pdf = new_pdf()
    for label, text in rows:
        y = pdf.get_y()
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(15, y, label_width, 14, style="F")
        pdf.line(15, y + 14, 195, y + 14)
        pdf.set_xy(17, y + 3)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_width - 4, 6, label)
        pdf.set_xy(15 + label_width + 3, y + 3)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(120, 6, text)
        pdf.set_y(y + 14)
    return pdf


def test_labels_shaded_in_a_sidebar_are_read_with_the_text_beside_them(tmp_path):
    pdf = sidebar_pdf([("Syfte", "Att skolan och BUP samordnar stödet kring N."),
                       ("Uppföljning", "2025-01-21 kl. 14.00 på Bäckbyskolan."),
                       ("Deltagare", "Lisa, kurator, Elevhälsan Bäckbyskolan")])
    doc = read_pdf(save(pdf, tmp_path))
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["Syfte", "Att skolan och BUP samordnar stödet kring N."],
        ["Uppföljning", "2025-01-21 kl. 14.00 på Bäckbyskolan."],
        ["Deltagare", "Lisa, kurator, Elevhälsan Bäckbyskolan"]]


def test_a_column_of_pictures_beside_text_is_no_sidebar_of_labels(tmp_path):
    # an easy-read plan's "[bild: …]" boxes stand beside their text, but they name no part
    pdf = sidebar_pdf([("[bild: en kalender med en ring]", "När ses vi igen? Den 10 december."),
                       ("[bild: två personer som pratar]", "Vem håller ihop planen? Sara.")],
                      label_width=70)
    doc = read_pdf(save(pdf, tmp_path))
    assert "När ses vi igen? Den 10 december." in doc.text().split("\n")
    assert not any(b.kind is BlockKind.TABLE and len(b.rows[0]) == 2 for b in doc.blocks)


def test_a_footnotes_raised_number_does_not_stick_to_the_sentence(tmp_path):
    pdf = new_pdf()
    pdf.set_font("Helvetica", "", 11)
    pdf.write(6, "Stöd i vardagen vid behov.")
    pdf.set_font("Helvetica", "", 7)
    pdf.set_xy(pdf.get_x(), pdf.get_y() - 1.5)
    pdf.write(6, "3")
    doc = read_pdf(save(pdf, tmp_path))
    assert doc.blocks[0].text == "Stöd i vardagen vid behov."


# --- a sidebar beside the main text (pdf_columns) ------------------------------------------

def _run(text: str, x0: float, bottom: float, bold: bool = False):
    from sipcheck.documents.pdf_layout import Char

    return [Char(ch, x0 + 5 * i, x0 + 5 * i + 4, bottom, bottom + 8, 8.0, bold)
            for i, ch in enumerate(text)]


def test_a_sidebar_of_short_facts_is_read_as_a_column_before_the_main_text():
    from sipcheck.documents.pdf_columns import join_columns

    # the sidebar's lines fall between the main text's lines, in a narrow left column
    side = [("DATUM", 700), ("2025-02-11", 688), ("DELTAGARE", 664), ("Johan", 652),
            ("Sara, kurator", 640), ("HUVUDANSVARIG", 616), ("Socialsekreterare", 604)]
    main = [("Bakgrund", 706), ("Johan fick diagnosen ADHD 2019 och tar medicinen", 694),
            ("oregelbundet. Han har skulder hos Kronofogden.", 682),
            ("Syfte med planen", 658), ("Syftet är att Johan ska få ett samlat stöd", 646),
            ("under skyddstillsynen.", 634), ("Samtycke", 610), ("Samtycke finns.", 598)]
    runs = [_run(text, 40, y) for text, y in side] + [_run(text, 200, y) for text, y in main]
    texts = [line.text for line in join_columns(runs)]
    assert texts == [text for text, _ in side] + [text for text, _ in main]


def test_labels_on_their_values_lines_are_a_form_read_across():
    from sipcheck.documents.pdf_columns import join_columns

    rows = [("Syfte", "Att samordna stödet inför hemgång."), ("Huvudansvarig", "Kurator, BUP"),
            ("Uppföljning", "2025-05-14"), ("Samtycke", "Muntligt 2025-02-03"),
            ("Deltagare", "Kim, mamma, kurator")]
    runs = [run for index, (label, value) in enumerate(rows)
            for run in (_run(label, 40, 700 - 14 * index), _run(value, 200, 700 - 14 * index))]
    lines = join_columns(runs)
    assert [line.text.split()[0] for line in lines] == [label for label, _ in rows]


def test_a_bold_word_that_ends_a_wrapped_sentence_goes_on_with_it():
    from sipcheck.documents.pdf_layout import _breaks, join_lines

    first, second = join_lines([_run("Läkemedelsgenomgång och ställningstagande till", 60, 700),
                                _run("dosdispensering.", 60, 688, bold=True)])
    assert not _breaks([first], second, body=8.0, spacing=1.5)
    label = join_lines([_run("Insatser", 60, 676, bold=True)])[0]
    assert _breaks([second], label, body=8.0, spacing=1.5)  # a bold label still stands alone


def test_a_bold_question_wrapped_after_a_comma_or_inside_brackets_goes_on():
    from sipcheck.documents.pdf_layout import _breaks, join_lines

    # a form's numbered question in bold, wrapped before the rest of its list of examples
    first, second, third = join_lines([
        _run("5. Finns behov av insatser från andra aktörer (t.ex. FK,", 60, 700, bold=True),
        _run("Arbetsförmedlingen, god man, närstående)?", 60, 688, bold=True),
        _run("Insatser", 60, 676, bold=True)])
    assert not _breaks([first], second, body=8.0, spacing=1.5)
    assert _breaks([second], third, body=8.0, spacing=1.5)  # the question is whole
    label = join_lines([_run("Samtycke (muntligt", 60, 664, bold=True),
                        _run("Ja, 2025-03-04)", 60, 652, bold=True)])
    assert not _breaks([label[0]], label[1], body=8.0, spacing=1.5)


def test_a_paragraph_set_in_italics_is_an_italic_block(tmp_path):
    # a template's instruction printed in italics (Helvetica-Oblique), the answer upright
    pdf = new_pdf()
    line(pdf, "Samtycke", "B", 13)
    line(pdf, "Ange om samtycket är muntligt eller skriftligt och datum.", "I")
    line(pdf, "Muntligt samtycke 2025-02-03.")
    doc = read_document(save(pdf, tmp_path))
    italic = {block.text: block.italic for block in doc.blocks}
    assert italic["Ange om samtycket är muntligt eller skriftligt och datum."] is True
    assert italic["Muntligt samtycke 2025-02-03."] is False


def test_three_columns_of_running_text_are_read_a_column_after_the_other():
    from sipcheck.documents.pdf_layout import join_lines
    from sipcheck.documents.pdf_tables import unruled_tables

    columns = [["Syfte med planen är att Gun", "ska kunna bo kvar hemma med",
                "stöd från hemtjänsten och", "vårdcentralen i Visby."],
               ["Hemtjänsten hjälper Gun med", "dusch varje tisdag och med",
                "inköp varje fredag från", "den 3 mars i år."],
               ["Maken Per handlar och kör", "Gun till vårdcentralen när",
                "hon har en tid där, och han", "ringer hemtjänsten vid behov."]]
    runs = [_run(text, 40 + 200 * column, 700 - 12 * row)
            for column, texts in enumerate(columns) for row, text in enumerate(texts)]
    lines, tables = unruled_tables(join_lines(runs))
    assert tables == []
    assert [line.text for line in lines] == [text for texts in columns for text in texts]
