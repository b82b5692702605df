"""Forms printed from record systems and minutes written in paragraphs, read as an expert
reads them: boxes with their label above the value, lists headed by their columns, rows a
page break split, entries a cell wrapped, minutes numbered with a section sign.

Each test is a layout a fresh batch of plans showed, in a few lines.
"""

from __future__ import annotations

from helpers import checklist_named, heading, para, plan_of, section_texts, table

from sipcheck.documents.model import Block, BlockKind, Cell, Location, table_text
from sipcheck.documents.pdf_layout import Char, join_lines
from sipcheck.engine import assess


def levels_of(*blocks) -> dict[str, str]:
    return {r.id: r.level for r in assess(plan_of(*blocks), checklist_named())}


def test_boxes_side_by_side_each_hold_a_label_over_its_value():
    # a record system's follow-up form: "Deltog den enskilde / Nej | Deltog vårdnadshavare /
    # Nej" are two answers, not a label with the next box's label as its value
    blocks = (para("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)"),
              table(["Datum för uppföljning\n2025-05-20", "Plats\nSocialkontoret Hallstahammar"],
                    ["Syfte med SIP\nSe tidigare plan"],
                    ["Deltog den enskilde\nNej", "Deltog vårdnadshavare\nNej"],
                    ["Deltagare\nSe kallelse"]))
    plan = plan_of(*blocks)
    headings = [section.heading for section in plan.sections]
    assert "Plats" in headings and "Deltog vårdnadshavare" in headings
    levels = levels_of(*blocks)
    assert levels["delaktighet"] == "ej_uppfyllt"
    assert levels["deltagare"] == "ej_uppfyllt"


def test_a_hint_under_a_label_is_no_value_of_a_box_of_its_own():
    plan = plan_of(table(["Deltagare\n(namn, funktion, verksamhet)",
                          "K., den enskilde\nSara, sjuksköterska, Vuxenpsykiatrin Köping"]))
    assert any("Sara, sjuksköterska, Vuxenpsykiatrin Köping" in text
               for text in section_texts(plan, "participants"))
    assert "K., den enskilde" not in [section.heading for section in plan.sections]


def test_an_entry_a_cell_wrapped_onto_its_next_line_is_one_participant():
    levels = levels_of(table(
        ["Deltagare", "L. (den enskilde)\nAnders, socialsekreterare, Vuxenenheten IFO Sala\n"
                      "Jessica, sjuksköterska, Psykiatriska öppenvårdsmottagningen\nSala"],
        ["Samtycke", "Muntligt samtycke 2025-01-20."]))
    assert levels["deltagare"] == "uppfyllt"


def test_two_columns_headed_function_and_unit_are_a_list_not_a_form():
    blocks = (heading("DELTAGARE"),
              table(["Funktion", "Verksamhet"],
                    ["Kontaktsjuksköterska", "Vuxenpsykiatrin Köping, öppenvården"],
                    ["Överläkare", "Vuxenpsykiatrin Köping, avd. 3"],
                    ["Biståndshandläggare", "Socialtjänsten Köping, vuxenenheten"],
                    ["Samordnare boendestöd", "Boendestödet Köping, Köpings kommun"]))
    assert levels_of(*blocks)["deltagare"] == "uppfyllt"


def test_a_date_in_a_headers_hint_does_not_make_it_a_row():
    plan = plan_of(heading("Status för åtgärder enligt tidigare plan"),
                   table(["Nr", "Åtgärd (enligt plan 2025-01-15)", "Status", "Kommentar"],
                         ["1", "Fortsatt samtalskontakt", "Pågår", "Oförändrat."]))
    tables = [view for section in plan.sections for view in section.tables]
    assert tables[0].header == ["Nr", "Åtgärd (enligt plan 2025-01-15)", "Status",
                                "Kommentar"]


def test_who_took_the_notes_is_no_one_responsible_for_a_measure():
    levels = levels_of(heading("Status för tidigare åtgärder"),
                       table(["Nr", "Åtgärd", "Status"],
                             ["1", "Samtal om dygnsrytmen varannan vecka", "Pågår"],
                             ["2", "Körkortsteori två kvällar i veckan", "Ej påbörjad"]),
                       para("Antecknat av: Socialsekreterare, barn och unga, Hallstahammars "
                            "kommun 2025-05-21"))
    assert levels["ansvar"] == "ej_uppfyllt"


def test_a_row_a_page_break_split_is_one_measure():
    # the rest of the row opens the table's next part on the next page, in small letters
    levels = levels_of(
        heading("Vem gör vad?"),
        table(["Vad", "Vem", "När"],
              ["Samtal om oron med KBT", "Psykologen på BUP Västerås", "Varannan tisdag"],
              ["Du fyller i din orosdagbok på", "Du själv", "Varje kväll, från i"]),
        table(["Vad", "Vem", "När"], ["kvällen och tar med den till psykologen", "", "dag"]))
    assert levels["ansvar"] == "uppfyllt"


def test_minutes_numbered_with_a_section_sign_have_a_heading_per_item():
    plan = plan_of(para("Närvarande:"),
                   para("Karin, socialsekreterare, Vuxenenheten IFO Fagersta"),
                   para("§ 1 Mötets öppnande"),
                   para("Karin hälsade välkommen och öppnade mötet."),
                   para("§ 4 Frågor till mötet"),
                   para("Hur kan hyresskulden hanteras så att M. kan bo kvar?"))
    assert section_texts(plan, "participants") == [
        "Karin, socialsekreterare, Vuxenenheten IFO Fagersta"]
    assert section_texts(plan, "questions") == [
        "Hur kan hyresskulden hanteras så att M. kan bo kvar?"]


def test_the_agreements_a_label_leads_in_count_without_a_time():
    # "Det här bestämde vi:" over the list: a measure there counts though it has no time
    levels = levels_of(
        para("Vi som var med: Emil, Maria och jag."),
        para("Det här bestämde vi:"),
        para("Beroendemottagningen i Arboga tar urinprov två gånger i veckan från v. 8.",
             list_item=True),
        para("Arbetsmarknadsenheten i Arboga tar kontakt med Emil om en praktikplats.",
             list_item=True))
    assert levels["ansvar"] == "delvis"


def test_when_an_agreed_measure_happens_may_be_told_in_the_next_sentence():
    levels = levels_of(
        para("Det här bestämde vi:"),
        para("Beroendemottagningen i Arboga tar urinprov två gånger i veckan från v. 8.",
             list_item=True),
        para("Maja, studie- och yrkesvägledare på Kungsängsgymnasiet, går igenom kurserna med "
             "dig. Ni ses tisdag 10 december kl. 10.", list_item=True))
    assert levels["ansvar"] == "uppfyllt"


def test_minutes_in_a_table_after_a_label_with_its_value_are_not_that_labels():
    # "Syfte: Samordning." and then the minutes, the speaker's initials in a column of
    # their own: what was said and agreed is no purpose, and the measures are measures
    levels = levels_of(para("Syfte: Samordning."),
                       table(["AL", "Hälsar välkommen och går igenom hur en SIP går till."],
                             ["EH", "Skolan gör en anpassad studiegång: V. börjar med matematik "
                                    "i ett mindre grupprum från 2025-10-13. Ansvarig: mentor, "
                                    "Sannarpsgymnasiet."],
                             ["JS", "Familjeenheten, socialtjänsten, erbjuder familjebehandling "
                                    "i hemmet varannan vecka från 2025-10-20."]))
    assert levels["syfte"] == "delvis"
    assert levels["insatser"] == "uppfyllt"


def test_a_web_forms_radio_buttons_and_the_question_over_them_are_a_field():
    # a web form printed from the browser: "(•)" is the option chosen, "( )" one not, and
    # the form's question over its options is their label, no question for the meeting
    plan = plan_of(heading("Barnets delaktighet"),
                   para("( ) Deltog på mötet     (•) Deltog inte – synpunkter förmedlade"),
                   heading("Övrigt"),
                   para("Ska planen skickas till vårdnadshavare?"),
                   para("(•) Ja     ( ) Nej"))
    assert section_texts(plan, "participation") == ["Deltog inte – synpunkter förmedlade"]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["fragestallningar"] == "ej_uppfyllt"


def test_a_contact_boxs_unit_on_the_line_below_the_name_and_function_is_theirs():
    # "Maria socialsekreterare" over "Socialtjänsten Kiruna, vuxenenheten": one participant
    levels = levels_of(heading("Deltagare på mötet"),
                       para("Maria socialsekreterare\nSocialtjänsten Kiruna, vuxenenheten\n"
                            "Per sjuksköterska\nBeroendemottagningen Kiruna, Region Norrbotten"))
    assert levels["deltagare"] == "uppfyllt"


def _chars(text: str, x0: float, bottom: float = 100.0) -> list[Char]:
    return [Char(ch, x0 + 5 * i, x0 + 5 * i + 4, bottom, bottom + 8, 8.0, False)
            for i, ch in enumerate(text) if ch != " "]


def test_checkboxes_set_as_one_run_go_beside_their_options():
    # a word processor's symbol font: "☒" left of the first option and "☐" between the
    # two come as one run of their own
    options = _chars("Samtycke finns", 57.0) + _chars("Samtycke saknas", 140.0)
    boxes = [Char("☒", 46.0, 52.0, 100.0, 108.0, 8.0, False),
             Char("☐", 130.0, 136.0, 100.0, 108.0, 8.0, False)]
    line = join_lines([boxes, options])[0]
    assert line.text.replace(" ", "").startswith("☒Samtyckefinns☐")


def test_a_measure_that_opens_with_a_word_and_a_colon_stays_in_its_list():
    # "Planerade insatser efter utskrivning:" over a dash list whose fourth item starts
    # "Hjälpmedel:": the item is a measure of the list, not a field of its own
    plan = plan_of(para("Planerade insatser efter utskrivning:"),
                   para("Hemtjänst morgon och kväll - Hemtjänst Sala centrum, från 2025-02-13",
                        list_item=True),
                   para("Hjälpmedel: duschpall och griptång - Kommunen", list_item=True),
                   para("Läkemedelsgenomgång - Vårdcentralen Sala Väsby, 2025-02-25",
                        list_item=True))
    assert len(section_texts(plan, "interventions")) == 3


def test_sub_headings_after_a_bold_question_go_back_to_the_heading_above():
    plan = plan_of(heading("Så här hjälper vi dig", level=2),
                   para("Du var med på mötet den 9 april 2025."),
                   para("Får vi prata med varandra om dig?", bold=True),
                   para("Ja, sa du på mötet den 9 april 2025."),
                   para("Jobbet", bold=True),
                   para("Daglig verksamhet Verkstan ordnar en praktikplats från 5 maj 2025."),
                   para("Handla mat", bold=True),
                   para("Personalen på gruppbostaden hjälper dig att handla varje tisdag."))
    headings = {section.heading: section.id for section in plan.sections}
    assert headings["Jobbet"] == headings["Handla mat"] == "interventions"
    assert section_texts(plan, "consent") == ["Ja, sa du på mötet den 9 april 2025."]


def test_a_hint_with_brackets_inside_is_still_only_a_hint():
    plan = plan_of(table(["Insats 1", "(Vad ska göras, av vem (verksamhet/funktion) och när?)"],
                         ["Insats 2", "Samtal varannan vecka – BUP Västerås, behandlare – "
                                      "start 2025-03-03."]))
    assert plan.vocabulary.is_placeholder("(Vad ska göras, av vem (verksamhet/funktion) "
                                          "och när?)")
    assert len(section_texts(plan, "interventions")) == 1


def test_columns_from_and_to_make_a_table_of_measures():
    plan = plan_of(heading("Insatser"),
                   table(["Insats", "Huvudman", "Verksamhet", "Kontaktperson/funktion", "Från",
                          "Till"],
                         ["Samtalsbehandling (KBT)", "Region Västmanland",
                          "Vårdcentralen Hallstahammar", "Psykolog", "2025-03-25", "2025-06-10"]))
    assert section_texts(plan, "participants") == []
    assert levels_of(*plan.document.blocks)["ansvar"] == "uppfyllt"


def test_fields_continued_after_a_slash_belong_to_their_item(tmp_path):
    # a nurse's text notes: "- Vad: …" with "/ Vem: …" and "/ När: …" on indented lines;
    # the item whose "När:" is left empty has no time
    from sipcheck.documents import read_document
    from sipcheck.sections import find_sections

    path = tmp_path / "anteckning.txt"
    path.write_text("ANTECKNING SIP-MÖTE\r\n\r\nInsatser:\r\n"
                    "- Vad: Gångträning med rollator 2 ggr/v\r\n"
                    "  / Vem: Fysioterapeut, Rehabenheten Kungsörs kommun\r\n"
                    "  / När: från 2024-09-23, 6 veckor\r\n"
                    "- Vad: Trygghetslarm (armband)\r\n  / Vem: Hemtjänst Kungsör norra\r\n"
                    "  / När:\r\n", encoding="utf-8")
    plan = find_sections(read_document(path), checklist_named().vocabulary())
    assert section_texts(plan, "interventions") == [
        "Gångträning med rollator 2 ggr/v / Vem: Fysioterapeut, Rehabenheten Kungsörs "
        "kommun / När: från 2024-09-23, 6 veckor",
        "Trygghetslarm (armband) / Vem: Hemtjänst Kungsör norra / När:"]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["ansvar"] == "delvis"


def test_a_journal_entrys_time_and_author_row_is_form():
    # a record print of journal entries: each opens with a row of when and by whom
    plan = plan_of(para("Sökord: Frågeställning"), para("Genomgång av nuläget."),
                   table(["2024-10-15 15:50", "Kurator Sara, Psykiatrimottagningen Sala"]),
                   para("Sökord: Samtycke"), para("Samtycke till SIP finns."))
    assert section_texts(plan, "questions") == ["Genomgång av nuläget."]
    levels = levels_of(*plan.document.blocks)
    assert levels["fragestallningar"] == levels["samtycke"] == "delvis"


def test_a_first_cell_wrapped_onto_a_row_of_its_own_goes_on_with_the_row_above():
    # a text print wraps "Ansökan om skuldsanering hos" and draws "Kronofogden" as a line of
    # its own: not a measure without who and when, but the end of the one above
    blocks = (heading("Insatser"),
              table(["Insats", "Ansvarig", "Datum"],
                    ["Besök hos budgetrådgivare", "Budget- och skuldrådgivningen", "2025-02-03"],
                    ["Ansökan om skuldsanering hos", "Boendestödjare, Socialpsykiatrin",
                     "2025-03-31"],
                    ["Kronofogden", "", ""]))
    assert levels_of(*blocks)["ansvar"] == "uppfyllt"
    # a row of its own when the row above is whole
    whole = (heading("Insatser"),
             table(["Insats", "Ansvarig", "Datum"],
                   ["Ansökan om skuldsanering", "Boendestödjare, Socialpsykiatrin", "2025-03-31"],
                   ["Kontakt med Kronofogden", "", ""]))
    assert levels_of(*whole)["ansvar"] != "uppfyllt"


def test_a_table_of_the_plans_parts_headed_rubrik_innehall_is_read_part_by_part():
    # "nr | Rubrik | Innehåll": each row is a part of the plan, its heading in the middle
    plan = plan_of(table(["nr", "Rubrik", "Innehåll"],
                         ["1", "Syfte med SIP", "Att planera hemgången från avdelningen."],
                         ["2", "Insatser", "Hemtjänst två gånger om dagen från 2025-02-20."],
                         ["3", "Uppföljning", "2025-04-02 på vårdcentralen."]))
    assert section_texts(plan, "purpose") == ["Att planera hemgången från avdelningen."]
    assert section_texts(plan, "follow_up") == ["2025-04-02 på vårdcentralen."]
    assert "nr" not in [line.text for line in plan.value_lines()]


def test_plain_headings_in_a_letter_are_found_by_their_words_whatever_the_initial():
    # an e-mail's plain headings: "Vad A. själv sa", "Vad vi gör och vem som gör det"
    plan = plan_of(para("Vad A. själv sa"),
                   para("A. var med hela mötet och sa att han vill behålla lägenheten."),
                   para("Vad vi gör och vem som gör det"),
                   para("Ahmed, sjuksköterska, Vuxenpsykiatrin Köping: stödsamtal varannan "
                        "vecka från 2024-10-22."))
    assert section_texts(plan, "participation") == [
        "A. var med hela mötet och sa att han vill behålla lägenheten."]
    assert len(section_texts(plan, "interventions")) == 1


def test_a_measure_written_down_a_table_under_each_actor_is_a_measure_with_who_and_when():
    """A child's plan with a small table per actor, "Vad", "Vem" and "När" down its first
    column: each is one measure with who does it and when, read as a row of a table of
    measures; a form whose labels name the plan's parts is not turned."""
    levels = levels_of(
        para("Syfte: Att skolan, habiliteringen och föräldrarna gör samma sak."),
        heading("Skolan"),
        table(["Vad", "Anpassat schema med bildstöd för hela skoldagen."],
              ["Vem", "Specialpedagog, Sunnanåskolan"], ["När", "Från 2025-02-03."]),
        heading("Föräldrarna"),
        table(["Vad", "Går igenom bildschemat för nästa skoldag med E. varje kväll."],
              ["Vem", "Mamma och pappa"], ["När", "Varje kväll från 2025-02-02."]))
    assert (levels["insatser"], levels["ansvar"], levels["andra_aktorer"]) == (
        "uppfyllt", "uppfyllt", "uppfyllt")
    form = plan_of(table(["Syfte", "Att samordna stödet."], ["Huvudansvar", "Kurator, BUP"]))
    assert section_texts(form, "purpose") == ["Att samordna stödet."]


def test_a_form_laid_out_in_pairs_across_the_page_reads_each_label_with_its_value():
    """"Huvudansvarig | Lisa, … | Nästa uppföljning | Efter sommaren": two labels a row,
    each beside its value, not a header of columns naming two parts."""
    plan = plan_of(table(["Namn", "R., 34 år", "Personnummer", "XXXXXX-XXXX"],
                         ["Datum för uppföljning", "2025-03-12", "Ursprunglig SIP", "2024-10-08"],
                         ["Huvudansvarig", "Lisa, socialsekreterare, Vuxenenheten, Ystads kommun",
                          "Nästa uppföljning", "Efter sommaren"]))
    assert section_texts(plan, "lead") == ["Lisa, socialsekreterare, Vuxenenheten, Ystads kommun"]
    assert "Efter sommaren" in section_texts(plan, "follow_up")
    header = plan_of(table(["Insats", "Ansvarig", "När", "Uppföljning"],
                           ["Boendestöd", "Boendestödet", "Varje vecka", "Maj"]))
    assert section_texts(header, "lead") == []


def test_a_box_with_a_measure_on_each_line_is_read_measure_by_measure():
    """A form's box under "Insatser och ansvar" with a measure a line ("Hemtjänst vid
    behov efter hemgång – Kommunen"): each line is a measure of its own, and none of them
    names more than a principal or a time, whatever the others name together."""
    levels = levels_of(
        para("Syfte: Att samordna hemgången efter höftfrakturen."),
        table(["Insatser och ansvar"],
              ["Hemtjänst vid behov efter hemgång – Kommunen\n"
               "Fortsatt kontakt med vårdcentralen – Regionen\n"
               "Rehabilitering enligt ordination – Regionen/kommunen"]))
    assert levels["ansvar"] == "delvis"


def test_a_prints_narrow_column_of_abbreviated_labels_names_the_parts():
    """A record print's table "Fält | Text" with its labels shortened to fit ("Frågest.",
    "Huvudansv.", "Uppf."): each row is a part of the plan, named by the word its
    abbreviation begins; a sentence's last word with its full stop is no abbreviation."""
    plan = plan_of(table(["Fält", "Text"], ["Frågest.", "Gå igenom nuläget."],
                         ["Huvudansv.", "Pia, socialsekreterare, IFO Vuxenenheten Sundsvall"],
                         ["Uppf.", "Uppföljande SIP-möte 2025-06-10 kl. 13.00"]))
    assert section_texts(plan, "questions") == ["Gå igenom nuläget."]
    assert section_texts(plan, "lead") == ["Pia, socialsekreterare, IFO Vuxenenheten Sundsvall"]
    assert section_texts(plan, "follow_up") == ["Uppföljande SIP-möte 2025-06-10 kl. 13.00"]
    vocabulary = checklist_named().vocabulary()
    assert vocabulary.section_of("Inget behov.") == vocabulary.section_of("Inget behov")


def test_a_bold_question_among_bold_questions_heading_the_parts_heads_its_answer():
    """"Vad är syftet?", "Hur ser det ut just nu?", "Vad vill Mikael?" in bold over their
    answers: the form's questions, each heading its part, also one no section's words
    explain; the background under it is no purpose."""
    blocks = (para("Vad är syftet?", bold=True), para("Samordning."),
              para("Hur ser det ut just nu?", bold=True),
              para("Mikael har varit sjukskriven sedan augusti och vill tillbaka till jobbet."),
              para("När ses vi igen?", bold=True), para("2025-05-13"))
    assert section_texts(plan_of(*blocks), "purpose") == ["Samordning."]
    assert levels_of(*blocks)["syfte"] == "delvis"


def test_a_form_printed_empty_says_nothing_whatever_its_labels():
    """An empty template's table of labels beside empty boxes ("Samtycke inhämtat (datum)",
    "Form (muntligt/skriftligt)", "Gäller verksamheter"): every label is form, also one no
    list knows, so no consent is documented."""
    levels = levels_of(heading("4. Samtycke"),
                       table(["Samtycke inhämtat (datum)", ""], ["Form (muntligt/skriftligt)", ""],
                             ["Gäller verksamheter", ""]))
    assert levels["samtycke"] == "ej_uppfyllt"


def test_a_checklist_s_own_rows_after_a_section_s_row_are_not_that_section_s():
    # a discharge checklist "Område | Ja | Nej | Kommentar" (fresh-69): the row
    # "Frågeställningar" holds the meeting's question; the rows after it are areas of care
    # with what each does, not more questions
    blocks = (table(["Område", "Ja", "Nej", "Kommentar"],
                    ["Frågeställningar", "☒", "☐", "Klarar G. trappan upp till sovrummet?"],
                    ["Hemtjänst", "☒", "☐", "Hemtjänsten Arvika centrum hjälper G. morgon och "
                                           "kväll från 2025-02-13."],
                    ["Rehabilitering", "☒", "☐", "Kommunens arbetsterapeut gör hembesök "
                                                "2025-02-14."]),)
    plan = plan_of(*blocks)
    assert not any("arbetsterapeut" in text for text in section_texts(plan, "questions"))
    assert levels_of(*blocks)["insatser"] == "uppfyllt"


def test_a_column_headed_by_a_question_is_a_header_not_a_question_for_the_meeting():
    # a goal table "Mål | Hur vet vi att målet är nått? | Klart senast" (fresh-69): its
    # header asks nothing of the meeting, and the empty "Frågeställningar" stays empty
    blocks = (heading("Frågeställningar"), heading("Mål"),
              table(["Mål", "Hur vet vi att målet är nått?", "Klart senast"],
                    ["M-L ska ha en stabil dygnsrytm.", "Hon sover minst sex timmar per natt.",
                     "2025-12-31"],
                    ["M-L ska ta sin medicin regelbundet.", "Litiumvärden inom målintervall.",
                     "2025-12-31"]))
    assert levels_of(*blocks)["fragestallningar"] == "ej_uppfyllt"


def test_boxes_two_across_with_their_labels_over_their_values_are_two_fields():
    # a record print's row of boxes: "Samtycke inhämtat | Huvudansvarig verksamhet" over
    # "Ja | Psykiatri Affektiva, Sahlgrenska" (fresh-72), each label its own part's
    blocks = (table(["Samtycke inhämtat", "Huvudansvarig verksamhet"],
                    ["Ja", "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset"]),)
    plan = plan_of(*blocks)
    assert section_texts(plan, "consent") == ["Ja"]
    assert section_texts(plan, "lead") == [
        "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset"]
    levels = levels_of(*blocks)
    assert (levels["samtycke"], levels["huvudansvar"]) == ("delvis", "delvis")


def test_a_row_of_empty_boxes_over_boxes_of_their_own_heads_no_columns():
    # a record print's boxes, two across under a row of four, where both boxes of a row
    # are left empty ("Frågeställningar inför mötet | Deltagare") over boxes with their own
    # labels and values (fresh-98): the empty boxes head no columns, so the consent box is
    # no question for the meeting and "Uppföljning" no participant
    rows = [[("Namn\nN.", 1), ("Mötesdatum\n2025-02-18", 2),
             ("Plats\nSocialförvaltningen, Uppsala", 4)],
            [("Syfte med SIP\nAtt N. ska få ett boende och en plan för behandlingen.", 1)],
            [("Frågeställningar inför mötet", 1), ("Deltagare", 3)],
            [("Samtycke\n☐ Muntligt ☐ Skriftligt Datum: ÅÅÅÅ-MM-DD", 1),
             ("Övriga aktörer\nArbetsförmedlingen, mamma", 3)],
            [("Huvudansvarig\nElin, socialsekreterare, Beroendeenheten vuxna, Uppsala kommun",
              1), ("Uppföljning", 3)]]
    cells = [[Cell(text, Location(table=1, row=number, cell=column)) for text, column in row]
             for number, row in enumerate(rows, start=1)]
    boxes = Block(BlockKind.TABLE, table_text(cells), Location(table=1), rows=cells)
    assert section_texts(plan_of(boxes), "other_actors") == ["Arbetsförmedlingen, mamma"]
    levels = levels_of(boxes)
    assert (levels["fragestallningar"], levels["samtycke"], levels["deltagare"]) == (
        "ej_uppfyllt", "ej_uppfyllt", "ej_uppfyllt")
    assert levels["huvudansvar"] == "uppfyllt"


def test_a_partys_heading_over_the_line_that_says_which_heads_its_measures():
    # home health care's plan (fresh-99): "Dottern" over "Eva, bor i Norrtälje" over her
    # measures, one heading per party; the daughter's measures are another actor's
    levels = levels_of(heading("Vem gör vad"),
                       heading("Hemtjänsten", 2), para("Hemtjänst Rimbo"),
                       para("Dusch med hjälp varje tisdag från 2025-01-21.", list_item=True),
                       heading("Dottern", 2), para("Eva, bor i Norrtälje"),
                       para("Följer med till hörselvården i Norrtälje 2025-02-14.",
                            list_item=True))
    assert levels["andra_aktorer"] == "uppfyllt"


def test_a_forms_next_numbered_question_is_a_heading_though_it_names_no_part():
    # a plan to the person written as numbered questions, each answered below it (fresh-101):
    # "4. Vad tycker du om stödet …?" after "3. Vad vill du själv uppnå?" is the form's next
    # question, no question for the meeting, and the goal's answer "–" stays empty
    blocks = (para("1. Varför ska vi ha en SIP?"),
              para("Du skrivs ut från avdelning 32 och vi behöver planera stödet hemma."),
              para("3. Vad vill du själv uppnå?"), para("–"),
              para("4. Vad tycker du om det stöd du har fått hittills?"), para("–"),
              para("5. Får vi prata med varandra om dig?"),
              para("Ja, du sa ja muntligt på mötet 2025-03-11."))
    plan = plan_of(*blocks)
    assert "Vad tycker du om det stöd du har fått hittills?" in [
        section.heading for section in plan.sections]
    levels = levels_of(*blocks)
    assert (levels["fragestallningar"], levels["enskildes_mal"]) == (
        "ej_uppfyllt", "ej_uppfyllt")


def test_a_measure_whose_name_holds_a_parts_word_stays_in_its_list():
    # measures written "Measure: who, when" (fresh-101): "Läkarbesök för uppföljning av
    # medicinerna: läkare, …" is the list's next measure, not the plan's follow-up
    levels = levels_of(heading("Vad ska göras, och vem gör det?"),
                       para("Blodprov (litiumkontroll): sjuksköterska, Vuxenpsykiatrin "
                            "Ljungby, 2025-03-18."),
                       para("Läkarbesök för uppföljning av medicinerna: läkare, "
                            "Vuxenpsykiatrin Ljungby, 2025-03-25."))
    assert (levels["uppfoljning"], levels["ansvar"]) == ("ej_uppfyllt", "uppfyllt")


def test_a_sentence_about_a_part_of_the_plan_names_nobody():
    # "Huvudansvar för planen ligger på kommunen." names a principal, nobody by name; a
    # sentence about the meeting after the list of participants is no participant of it
    # (fresh-73, fresh-68)
    assert levels_of(para("Huvudansvar för planen ligger på kommunen."))["huvudansvar"] == \
        "delvis"
    levels = levels_of(heading("Deltagare"),
                       para("Petra, sjuksköterska, Vuxenpsykiatrin Helsingborg\n"
                            "Amira, socialsekreterare, Socialförvaltningen Helsingborg\n"
                            "Mötet hölls på mottagningen."))
    assert levels["deltagare"] == "uppfyllt"


def test_a_table_of_one_measure_under_its_header_is_not_turned_on_its_side():
    # "Insats | Ansvarig | När" over a single measure: a header across the top, not labels
    # down a table turned on its side ("från" in the measure names no column)
    levels = levels_of(heading("Insatser"),
                       table(["Insats", "Ansvarig", "När"],
                             ["Apodos från utskrivningsdagen",
                              "Överläkare, Psykiatri Affektiva avd 3", "2025-05-09"]))
    assert levels["ansvar"] == "uppfyllt"


def test_the_next_box_in_an_empty_field_s_cell_is_that_box_s():
    # a record print's empty "Huvudansvarig för planen" with the next box, label over
    # value, read into its cell (fresh-48): the lead stays empty, the follow-up is found
    blocks = (table(["Närstående / övriga aktörer\nDottern handlar varje fredag."],
                    ["Samtycke\nMuntligt samtycke 2024-11-08 till biståndshandläggaren."],
                    ["Huvudansvarig för planen",
                     "Nästa uppföljning\n2025-01-21 kl. 10.00, Vårdcentralen Tierp"]),)
    levels = levels_of(*blocks)
    assert (levels["huvudansvar"], levels["uppfoljning"]) == ("ej_uppfyllt", "uppfyllt")


def test_two_pages_printed_side_by_side_in_one_table_are_read_as_pages():
    # two A5 pages on one sheet, a cell each (fresh-77): their text is read as paragraphs,
    # headings and all, the left page first
    left = ("Syfte\nM. ska kunna skrivas ut till sin lägenhet i Robertsfors.\n"
            "Frågeställningar\nHur ska medicinen följas upp efter utskrivningen?\n"
            "Huvudansvarig\nKurator, Psykiatriska kliniken Umeå")
    right = ("Uppföljning\nVecka 24\nDeltagare\nM.\nKurator, Psykiatriska kliniken Umeå\n"
             "Sjuksköterska, Hälsocentralen Robertsfors")
    plan = plan_of(table([left, right]))
    assert section_texts(plan, "purpose") == [
        "M. ska kunna skrivas ut till sin lägenhet i Robertsfors."]
    assert section_texts(plan, "follow_up") == ["Vecka 24"]


def test_a_forms_prompt_under_its_unanswered_check_question_asks_no_meeting():
    # a discharge form: check question 5 with no box ticked, then the form's follow-up
    # prompt; neither is a question for the meeting
    blocks = (heading("Samordnad individuell plan vid utskrivning"),
              para("Syfte med planen: Att planera stödet efter utskrivningen från avd 3."),
              para("5. Finns behov av insatser från andra aktörer (t.ex. Försäkringskassan, "
                   "god man)?", bold=True),
              para("☐ Ja ☐ Nej"),
              para("Vilka, och vad ska de göra?"),
              para("6. Är huvudansvarig för planen utsedd?", bold=True),
              para("☒ Ja ☐ Nej"))
    assert levels_of(*blocks)["fragestallningar"] == "ej_uppfyllt"
    # the same question written by the plan's own writer, under no check question, is one
    asked = (heading("Samordnad individuell plan"),
             para("Frågor inför mötet: Vilka, och vad ska de göra efter utskrivningen?"))
    assert levels_of(*asked)["fragestallningar"] == "uppfyllt"


def test_a_measures_tables_merged_row_with_another_parts_label_is_no_measure():
    # the follow-up across the last row of a table of who does what: the plan's follow-up,
    # not a concrete measure beside the vague ones
    blocks = (heading("Samordnad individuell plan"),
              para("Syfte: Att samordna stödet kring Noah i skolan och hemma."),
              heading("Insatser", 2),
              table(["Område", "Kommunen gör", "Regionen gör", "Jag/familjen gör"],
                    ["Skola", "Stöd vid behov", "Fortsatt kontakt", "Vi håller kontakt"],
                    ["Uppföljning: 2025-11-18 kl. 15.00 i skolans konferensrum."]))
    levels = levels_of(*blocks)
    assert levels["insatser"] == "delvis"
    assert levels["uppfoljning"] == "uppfyllt"


def test_a_status_column_of_a_table_of_parts_says_no_parts_content():
    # "Klart? (ja/nej)" beside each part: a part with only "nej" beside it is empty
    blocks = (heading("SIP – J. (17 år), Eskilstuna"),
              table(["Del", "Vad vi sa", "Klart? (ja/nej)"],
                    ["Syfte", "J. behöver en gemensam plan för att komma tillbaka till "
                              "gymnasiet och minska användningen.", "ja"],
                    ["Frågeställningar", "", "nej"],
                    ["Samtycke", "", "nej"],
                    ["Huvudansvar", "", "nej"],
                    ["Uppföljning", "Ny träff före sommarlovet, Sara kallar.", "ja"]))
    levels = levels_of(*blocks)
    assert levels["fragestallningar"] == "ej_uppfyllt"
    assert levels["samtycke"] == "ej_uppfyllt"
    assert levels["huvudansvar"] == "ej_uppfyllt"
    assert levels["syfte"] == "uppfyllt"


def test_the_same_header_under_another_parts_heading_is_that_parts_table():
    # a plan for a father and his son: every part a "Pappa | Sonen" table under its own
    # heading; the measures' table is the measures', not the rest of the goals' table
    blocks = (heading("SIP – pappa R. och Leo"),
              heading("Våra mål", 2),
              table(["Pappa", "Sonen"], ["”Jag vill vara nykter.”", "”Jag vill spela fotboll.”"]),
              heading("Det här gör vi", 2),
              table(["Pappa", "Sonen"],
                    ["Återfallsprevention i grupp varje onsdag från 2025-03-12. Vem: "
                     "Beroendecentrum Stockholm, Nacka mottagning, behandlare.",
                     "Samtalsgrupp för barn varannan torsdag från 2025-03-20. Vem: "
                     "Socialtjänsten Nacka, Barn och unga, familjebehandlare."]))
    plan = plan_of(*blocks)
    assert any("Återfallsprevention" in text for text in section_texts(plan, "interventions"))
    assert levels_of(*blocks)["insatser"] == "uppfyllt"


def test_how_a_measure_is_followed_up_under_its_fields_is_part_of_it():
    # "Vem: …" / "När: …" / "Hur följs det upp: …" under each measure: the last field tells
    # more of the measure, it is no measure of its own that names nobody and no time
    blocks = (heading("Åtgärder"),
              para("1. Boendestöd två gånger i veckan med fokus på matlagning."),
              para("Vem: Boendestödet, Socialpsykiatrin Trollhättan"),
              para("När: Första besök 2025-02-17, därefter måndagar"),
              para("Hur följs det upp: Boendestödjaren rapporterar efter fyra veckor."),
              para("2. Återbesök hos läkare för uppföljning av behandlingen."),
              para("Vem: Psykiatriska öppenvårdsmottagningen Trollhättan, läkare"),
              para("När: 2025-02-24 kl. 10.30"),
              para("Hur följs det upp: Antecknas i journalen."))
    assert levels_of(*blocks)["ansvar"] == "uppfyllt"


def test_a_measures_field_as_a_list_item_is_no_heading_of_the_part_its_value_names():
    # "När: Vid behov" as a sub-bullet of a measure: its time, not a heading of the needs
    # ("behov") that would take the measures after it out of the interventions
    plan = plan_of(para("Insatser", bold=True),
                   para("Fortsatt kontakt med vårdcentralen.", list_item=True),
                   para("Vem: Vårdcentralen Ludvika, distriktssköterska", list_item=True),
                   para("När: Vid behov", list_item=True),
                   para("Stöd kring sysselsättning.", list_item=True),
                   para("Vem: Socialtjänsten Ludvika, arbetsmarknadsenheten", list_item=True))
    assert [section.id for section in plan.sections if section.id] == ["interventions"]
    assert "Stöd kring sysselsättning." in section_texts(plan, "interventions")
