"""A PDF's labels told from their text by typography and position: a bold label set a
little apart from its plain text, a heading in a larger type under a table, and one label
beside a value that wraps, a value wrapped in its box under a label in small type, labels
under the lines their values are written on. Each layout came from a fresh batch of
plans."""

from __future__ import annotations

from helpers import checklist_named, section_texts
from test_pdf_reader import new_pdf, save

from sipcheck.documents.pdf_reader import read_pdf
from sipcheck.engine import assess
from sipcheck.sections import find_sections


def test_bold_labels_right_aligned_beside_their_text_are_fields(tmp_path):
    # headings in a narrow left column, right-aligned and bold, the text beginning a few
    # points to their right: "Frågeställningar" is no word of "Diskutera läget …"
    pdf = new_pdf()
    parts = [("Syfte", "Syftet med planen är att A:s behandling och skolgången ska hänga "
                       "ihop, så att hon får i sig lunch under skoldagen."),
             ("Frågeställningar", "Diskutera läget och hur skolan fungerar."),
             ("Delaktighet", "A. deltog i mötet tillsammans med mamma och pappa.")]
    _labels_beside(pdf, parts, style=("B", 10, 0), width=40, gap=3, text_size=10, after=6)
    plan = find_sections(read_pdf(save(pdf, tmp_path)), checklist_named().vocabulary())
    assert section_texts(plan, "questions") == ["Diskutera läget och hur skolan fungerar."]
    assert section_texts(plan, "participation") == [
        "A. deltog i mötet tillsammans med mamma och pappa."]
    assert {r.id: r.level for r in assess(plan, checklist_named())}["fragestallningar"] == \
        "delvis"



def _labels_beside(pdf, parts: list[tuple[str, str]], style: tuple[str, float, int],
                   width: float, gap: float, text_size: float, after: float) -> None:
    """Each label right-aligned in a column `width` wide at the left margin, in `style`
    (font style, size, grey level: 0 is black), its text `gap` to the right in black."""
    pdf.set_y(20)
    for label, text in parts:
        y = pdf.get_y()
        pdf.set_font("Helvetica", style[0], style[1])
        pdf.set_text_color(style[2], style[2], style[2])
        pdf.set_xy(10, y)
        pdf.cell(width, 5, label, align="R")
        pdf.set_font("Helvetica", "", text_size)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(10 + width + gap, y)
        pdf.multi_cell(120, 5, text or " ")
        pdf.ln(after)


def test_grey_labels_right_aligned_beside_their_text_are_fields(tmp_path):
    # a record print's labels in grey, a little smaller, right-aligned in a column of their
    # own (fresh-98): "Frågeställningar" left empty is no heading over the goal below it
    pdf = new_pdf()
    parts = [("Syfte", "Samordnad vårdplanering."), ("Frågeställningar", ""),
             ("Den enskildes mål", "Målet är att Erik ska klara sig hemma med stöd."),
             ("Den enskildes delaktighet", "")]
    _labels_beside(pdf, parts, style=("", 8.5, 125), width=45, gap=3, text_size=9, after=3)
    plan = find_sections(read_pdf(save(pdf, tmp_path)), checklist_named().vocabulary())
    assert section_texts(plan, "questions") == []
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert (levels["fragestallningar"], levels["syfte"]) == ("ej_uppfyllt", "delvis")


def test_a_bold_heading_between_rows_of_fields_two_a_line_ends_their_table(tmp_path):
    # a record print with two "Label: value" fields a line at tab stops and the parts'
    # headings in bold between them (fresh-100): a heading is no cell of the table above
    pdf = new_pdf()
    pdf.set_y(20)
    for left, right, heading in (("Plats: Hos patienten", "Tolk: Nej", "Insatser"),
                                 ("Insats 1: Hemtjänst varje morgon", "Ansvarig: Kommunen",
                                  "Uppföljning"),
                                 ("Uppföljning: 2024-12-03", "Kallas av: Karin", None)):
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(10, y)
        pdf.cell(90, 5, left)
        pdf.set_xy(110, y)
        pdf.cell(90, 5, right)
        pdf.ln(6)
        if heading:
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.set_x(10)
            pdf.cell(90, 5, heading)
            pdf.ln(6)
    plan = find_sections(read_pdf(save(pdf, tmp_path)), checklist_named().vocabulary())
    headings = [section.heading for section in plan.sections]
    assert "Insatser" in headings and "Uppföljning" in headings
    assert not any("Insatser" in line.text and not line.heading for line in plan.lines)


def test_a_bold_label_far_left_of_a_one_line_value_is_its_label(tmp_path):
    # a record print: labels in bold small type in a margin column, each value one line in
    # a wide column far to the right; "Syfte med planen" left empty. The questions' label
    # is no word of the purpose: "Frågeställningar Genomgång av nuläget." read as one line
    # was the plan's purpose
    pdf = new_pdf()
    pdf.set_y(20)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(70, 8, "SIP - Astrid, 87 år")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_x(130)
    pdf.cell(60, 8, "Strömsund, upprättad 2025-02-13", new_x="LMARGIN", new_y="NEXT")
    _field_rows(pdf, [("Mötesdatum", "2025-02-12"), ("Syfte med planen", ""),
                      ("Frågeställningar", "Genomgång av nuläget. Övriga frågor."),
                      ("Deltagare", "Dotter, distriktssköterska, biståndshandläggare.")],
                label=(40, 8), value=(62, 130, 9), spacing=4)
    doc = read_pdf(save(pdf, tmp_path))
    texts = [b.text for b in doc.blocks]
    assert "Mötesdatum: 2025-02-12" in texts
    # a title in a larger type beside plain text far to its right labels nothing
    assert not any(text.startswith("SIP - Astrid, 87 år:") for text in texts)
    plan = find_sections(doc, checklist_named().vocabulary())
    assert section_texts(plan, "questions") == ["Genomgång av nuläget. Övriga frågor."]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert (levels["syfte"], levels["fragestallningar"]) == ("ej_uppfyllt", "delvis")


def _field_rows(pdf, rows: list[tuple[str, str]], label: tuple[float, float],
                value: tuple[float, float, float], spacing: float = 0) -> None:
    """A form's rows: each bold label at the margin (its width, its size) and its value on
    the same line (where it starts, its width, its size), `spacing` mm above each row."""
    for text, written in rows:
        y = pdf.get_y() + spacing
        pdf.set_font("Helvetica", "B", label[1])
        pdf.set_xy(10, y)
        pdf.cell(label[0], 5, text)
        pdf.set_font("Helvetica", "", value[2])
        pdf.set_xy(value[0], y)
        pdf.cell(value[1], 5, written, new_x="LMARGIN", new_y="NEXT")


def test_a_heading_in_a_larger_type_ends_the_table_above_it(tmp_path):
    # a form's fields, then the heading "Deltagare" over a list of names and functions:
    # the heading is no cell of the fields' table
    pdf = new_pdf()
    pdf.set_y(20)
    _field_rows(pdf, [("Samtycke till SIP", "Ja"), ("Samtycke informationsöverföring", "Ja")],
                label=(50, 8.5), value=(75, 100, 8.5))
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Deltagare", new_x="LMARGIN", new_y="NEXT")
    for name, role in [("Karin", "Socialsekreterare, Vuxenenheten, Socialtjänsten Sala kommun"),
                       ("Ali", "Sjuksköterska, Vuxenpsykiatrin Sala")]:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_xy(10, y)
        pdf.cell(50, 5, name)
        pdf.set_xy(75, y)
        pdf.cell(100, 5, role, new_x="LMARGIN", new_y="NEXT")
    doc = read_pdf(save(pdf, tmp_path))
    tables = [b for b in doc.blocks if b.is_table]
    assert all("Deltagare" not in cell.text for table in tables for row in table.rows
               for cell in row)
    assert "Deltagare" in [b.text for b in doc.blocks if not b.is_table]


def test_one_label_beside_a_wrapped_value_is_a_row_of_its_own(tmp_path):
    # "Mål" at the margin, its value wrapped in the column to the right, then the next
    # part's numbered heading: the goal is the label's value, not a heading "Mål Målet …"
    pdf = new_pdf()
    pdf.set_y(20)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "5. Mål", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "", 12)
    pdf.set_xy(10, y)
    pdf.cell(30, 6, "Mål")
    pdf.set_xy(70, y)
    pdf.multi_cell(70, 6, "Målet är att Gösta ska kunna bo kvar hemma med Inga.")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "6. Insatser och ansvar", new_x="LMARGIN", new_y="NEXT")
    plan = find_sections(read_pdf(save(pdf, tmp_path)), checklist_named().vocabulary())
    assert " ".join(section_texts(plan, "goals")) == \
        "Målet är att Gösta ska kunna bo kvar hemma med Inga."


def test_a_value_wrapped_under_labels_in_small_type_stays_in_its_cell(tmp_path):
    # boxes two across, each with its label in small type over its value: the measure's
    # box beside the box of who does it and from when, whose value wraps onto a second
    # line; then the next part's bold heading, in about the values' type
    pdf = new_pdf()
    pdf.set_y(20)
    for number, what, who in [
            (1, "Fortsatt kontakt med psykiatrisk öppenvård.",
             "Psykiatrisk öppenvårdsmottagning Sandviken, kontaktsjuksköterska. "
             "Från 2025-08-27."),
            (2, "Boendestöd två gånger i veckan.",
             "Socialpsykiatrin, Sandvikens kommun, samordnare. Från 2025-08-25.")]:
        y = pdf.get_y()
        for x, label, value in [(12, f"Insats {number}", what),
                                (106, "Ansvarig verksamhet/funktion och tidpunkt", who)]:
            pdf.rect(x, y, 92, 20)
            pdf.set_xy(x + 1.5, y + 1)
            pdf.set_font("Helvetica", "", 6.5)
            pdf.cell(89, 3.5, label)
            pdf.set_xy(x + 2, y + 6)
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(88, 4.6, value, align="L")
        pdf.set_xy(12, y + 22)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 7, "Ansvar och uppföljning", new_x="LMARGIN", new_y="NEXT")
    doc = read_pdf(save(pdf, tmp_path))
    cells = [cell.text for b in doc.blocks if b.is_table for row in b.rows for cell in row]
    assert any(text.startswith("Psykiatrisk öppenvårdsmottagning Sandviken,")
               and text.endswith("Från 2025-08-27.") for text in cells)
    assert not any("Ansvar och uppföljning" in text for text in cells)
    levels = {r.id: r.level for r in assess(
        find_sections(doc, checklist_named().vocabulary()), checklist_named())}
    assert levels["ansvar"] == "uppfyllt"


def test_a_box_of_participants_down_the_right_is_read_after_the_main_text():
    # a designed plan: the parts down the left, a boxed column "Deltagare" on the right
    # whose lines fall between theirs, the main text reaching close to it
    from test_pdf_reader import _run

    from sipcheck.documents.pdf_columns import join_columns

    main = [("Syfte", 706), ("Samordning mellan kommun och region kring Tomas.", 694),
            ("Frågeställningar", 670), ("Diskutera läget och hur vi går vidare.", 658),
            ("Mål", 634), ("Målet är att Tomas ska minska sitt drickande.", 622),
            ("Insatser", 598), ("Fortsatt kontakt med beroendemottagningen.", 586)]
    side = [("Deltagare", 700), ("Maria", 688), ("socialsekreterare", 676),
            ("Socialtjänsten Kiruna", 664), ("Per", 640), ("sjuksköterska", 628),
            ("Beroendemottagningen", 616)]
    runs = [_run(text, 40, y) for text, y in main] + [_run(text, 286, y) for text, y in side]
    texts = [line.text for line in join_columns(runs)]
    assert texts == [text for text, _ in main] + [text for text, _ in side]


def test_a_footer_of_several_lines_is_one_paragraph(tmp_path):
    # the participants printed only in the page footer, wrapped over two lines on every page
    from fpdf import FPDF

    class Plan(FPDF):
        def footer(self):
            self.set_y(-22)
            self.set_font("Helvetica", "", 8)
            self.multi_cell(0, 4, "Deltagare vid mötet 2025-05-14: Mats (den enskilde); Lena, "
                                  "distriktssköterska, Hälsocentralen Ljusdal; Anna,\n"
                                  "diabetessjuksköterska, Hälsocentralen Ljusdal.")

    pdf = Plan()
    for page in range(2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        for n in range(12):
            pdf.cell(0, 7, f"Rad {n + 1} av sidan {page + 1} i planen för Mats.",
                     new_x="LMARGIN", new_y="NEXT")
    doc = read_pdf(save(pdf, tmp_path))
    footers = [b.text for b in doc.blocks if b.location.part == "footer"]
    assert len(footers) == 1 and footers[0].endswith("diabetessjuksköterska, "
                                                     "Hälsocentralen Ljusdal.")


def test_labels_under_their_values_name_the_values_above_them(tmp_path):
    # a form three fields across, each value written on a line and its label in small
    # type under the line; the last row's first two fields left empty
    pdf = new_pdf()
    pdf.set_y(20)
    for values, labels in [
            (["Amir", "XXXXXX-XXXX", "2025-03-11"],
             ["Förnamn", "Personnummer", "Datum för SIP-mötet"]),
            (["Psykosmottagningen", "Ny plan", "Ja, finns"],
             ["Plats för mötet", "Typ av plan", "Samtycke till SIP"]),
            (["", "", "2025-05-20 kl. 13.00"],
             ["Huvudansvarig (namn, funktion)", "Huvudansvarig verksamhet",
              "Nästa uppföljning (datum, tid)"])]:
        y = pdf.get_y()
        for column, (value, label) in enumerate(zip(values, labels, strict=True)):
            x = 12 + column * 64
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(x, y)
            pdf.cell(58, 5, value)
            pdf.line(x, y + 5.5, x + 58, y + 5.5)
            pdf.set_font("Helvetica", "", 7)
            pdf.set_xy(x, y + 6)
            pdf.cell(58, 3.5, label)
        pdf.set_y(y + 12)
    plan = find_sections(read_pdf(save(pdf, tmp_path)), checklist_named().vocabulary())
    assert section_texts(plan, "consent") == ["Ja, finns"]
    assert section_texts(plan, "follow_up") == ["2025-05-20 kl. 13.00"]
    assert section_texts(plan, "lead") == []
