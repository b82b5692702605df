"""Section finding: every heading form real plans use, and what counts as a stated value."""

from __future__ import annotations

import pytest
from helpers import checklist_named, heading, para, plan_of, section_texts, table

from sipcheck.documents.model import Block, BlockKind, Cell, Location, table_text
from sipcheck.label_text import key
from sipcheck.vocabulary import Vocabulary


@pytest.mark.parametrize(("label", "expected"), [
    ("Syfte", "purpose"),
    ("SYFTE:", "purpose"),
    ("Syfte med mötet", "purpose"),
    ("Varför gör vi denna plan?", "purpose"),
    ("Varför gör vi denna plan? Vilka behov av åtgärder finns?", "purpose"),
    ("Uppfoljning", "follow_up"),  # typed without å/ä/ö
    ("Planerad uppföljning", "follow_up"),
    ("Planering", "interventions"),
    ("Frågeställningar inför mötet:", "questions"),
    ("Det här vill vi ha svar på", "questions"),
    ("Mina mål", "goals"),
    ("Om den enskilde inte deltar på mötet motivera varför", "absence"),
    ("Kontaktuppgifter – inbjudna deltagare", "participants"),
    ("Huvudansvarig för planen", "lead"),
    ("Övrigt", None),
    ("Syftesbeskrivning av något annat slag här", None),
])
def test_labels_match_aliases_ignoring_case_diacritics_and_punctuation(label, expected):
    vocabulary = checklist_named().vocabulary()
    assert vocabulary.section_of(label, cues=False) == expected


def test_a_name_that_begins_like_an_alias_names_no_section():
    # "Malin" is "mål" and two letters, but "in" is no Swedish ending
    vocabulary = checklist_named().vocabulary()
    assert vocabulary.section_of("Malin, distriktssköterska, Vårdcentralen Kungsör",
                                 cues=False) is None
    assert vocabulary.section_of("Målen", cues=False) == "goals"
    plan = plan_of(table(["Samordningsansvarig", "Malin, distriktssköterska, Vårdcentralen"]))
    assert section_texts(plan, "lead") == ["Malin, distriktssköterska, Vårdcentralen"]


def test_key_folds_swedish_letters_and_punctuation():
    assert key("  Uppföljning – NÄSTA möte?: ") == "uppfoljning nasta mote"


def test_heading_style_opens_a_section_until_the_next_heading():
    plan = plan_of(heading("Syfte"), para("Kim behöver stöd för att kunna gå i skolan igen."),
                   heading("Uppföljning"), para("2024-05-14 kl. 13.00"))
    assert section_texts(plan, "purpose") == ["Kim behöver stöd för att kunna gå i skolan igen."]
    assert section_texts(plan, "follow_up") == ["2024-05-14 kl. 13.00"]


def test_bold_short_paragraph_is_a_heading():
    plan = plan_of(para("Mina mål", bold=True), para("Jag vill börja träna igen."))
    assert section_texts(plan, "goals") == ["Jag vill börja träna igen."]


def test_capitals_line_is_a_heading():
    plan = plan_of(para("SAMTYCKE"), para("Muntligt samtycke gavs vid mötet."))
    assert section_texts(plan, "consent") == ["Muntligt samtycke gavs vid mötet."]


def test_question_heading_matching_an_alias_is_a_heading():
    plan = plan_of(para("Varför gör vi denna plan?"), para("Kim har svår skolfrånvaro."))
    assert section_texts(plan, "purpose") == ["Kim har svår skolfrånvaro."]


def test_label_line_with_value_on_same_line():
    plan = plan_of(para("Syfte: Att Kim ska få en fungerande skolgång.\n"
                        "Huvudansvarig: Kurator, elevhälsan Köping"))
    assert section_texts(plan, "purpose") == ["Att Kim ska få en fungerande skolgång."]
    assert section_texts(plan, "lead") == ["Kurator, elevhälsan Köping"]


def test_a_genitive_after_a_colon_is_no_label():
    plan = plan_of(heading("Vem gör vad?"),
                   para("Maria som är S:s samtalskontakt träffar S. varje vecka."))
    (line,) = plan.value_lines("interventions")
    assert line.label is None
    assert line.text == "Maria som är S:s samtalskontakt träffar S. varje vecka."


def test_the_next_item_of_a_list_of_notes_is_not_the_labelled_item_s_value():
    plan = plan_of(para("Syfte: samordning."),
                   para("Bakgr: 61 år, hemma sedan februari efter stroke.", list_item=True),
                   para("Hemtj fortsätter som tidigare.", list_item=True),
                   para("SIP-ansvar: vc", list_item=True))
    background = next(s for s in plan.sections if s.heading == "Bakgr")
    assert [line.text for line in background.lines if not line.heading] == [
        "61 år, hemma sedan februari efter stroke."]
    assert section_texts(plan, "lead") == ["vc"]


def test_a_paragraph_after_a_label_s_list_is_no_longer_the_label_s():
    # a letter: "Det här kom vi överens om:", the agreements as a list, then the letter
    # goes on ("Vi ses igen efter påsklovet …", the signature)
    plan = plan_of(para("Det här kom vi överens om:"),
                   para(MENTOR, list_item=True), para(KURATOR, list_item=True),
                   para("Hör av er om något blev fel eller om jag har missat något!"))
    assert section_texts(plan, "interventions") == [MENTOR, KURATOR]


MENTOR = ("Johan (mentor, Kungsängsskolan) gör ett anpassat schema med svenska och engelska "
          "tre förmiddagar i veckan, klart senast 21 februari.")
KURATOR = ("Mikael (skolkurator, Kungsängsskolan) träffar Ella en gång i veckan, tisdagar "
           "kl. 9.00, med start tisdag 4 mars.")


def test_an_e_mail_s_subject_names_the_document_not_a_part_of_it():
    plan = plan_of(para("Från: Eva, sjuksköterska\nÄmne: Uppföljning SIP – M., Kungsör"),
                   para("Vi följde upp SIP:en i dag."))
    assert plan.sections_for("follow_up") == []


def test_a_printed_form_s_hint_below_its_label_is_form_and_the_rest_is_the_value():
    plan = plan_of(para("Syfte med SIP-mötet"), para("(beskriv varför mötet hålls)   Samordning"),
                   para("Frågeställningar"),
                   para("(vilka frågor ska mötet besvara?)   ______________________"),
                   para("Samtycke till SIP och informationsöverföring\n"
                        "(den enskilde/vårdnadshavare)   [ ] Ja   [ ] Nej"),
                   para("DELTAGARE"), para("Namn   Funktion   Verksamhet"))
    assert section_texts(plan, "purpose") == ["Samordning"]
    assert section_texts(plan, "questions") == []
    assert section_texts(plan, "consent") == []
    assert section_texts(plan, "participants") == []


def test_label_line_with_empty_value_takes_the_lines_below():
    plan = plan_of(para("Syfte:"), para("Samordna stödet kring Kim."), para("Datum: 2024-02-01"))
    assert "Samordna stödet kring Kim." in section_texts(plan, "purpose")


def test_unmatched_label_line_ends_a_label_section():
    plan = plan_of(para("Syfte: Samordning\nDatum: 2024-02-01"))
    assert section_texts(plan, "purpose") == ["Samordning"]


def test_time_is_not_a_label():
    plan = plan_of(heading("Nästa möte"), para("kl. 13:00 på BUP"))
    assert section_texts(plan, "follow_up") == ["kl. 13:00 på BUP"]


@pytest.mark.parametrize("placeholder", ["-", "–", "x", "Se ovan", "☐", ""])
def test_placeholder_values_are_not_stated(placeholder):
    plan = plan_of(para(f"Syfte: {placeholder}"), para("Övrigt: inget"))
    assert section_texts(plan, "purpose") == []
    assert [s.id for s in plan.sections if s.id] == ["purpose"]


def test_label_cell_with_value_to_the_right():
    plan = plan_of(table(["Syfte", "Kim ska kunna bo kvar hemma."],
                         ["Huvudansvarig", "Biståndshandläggare, äldreomsorgen Arboga"]))
    assert section_texts(plan, "purpose") == ["Kim ska kunna bo kvar hemma."]
    assert section_texts(plan, "lead") == ["Biståndshandläggare, äldreomsorgen Arboga"]


def test_label_cells_with_colons_beside_multiline_values_are_a_form():
    # Every left cell "states nothing" (a label over no value of its own), like a picture
    # column beside text; but a label is a label, and its value is what stands beside it.
    plan = plan_of(table(["Aktuellt:", "Inlagd sedan oktober.\nLugnare senaste veckan."],
                         ["Syfte:", "J. ska kunna skrivas ut till sin lägenhet.\nMed stöd."]))
    assert section_texts(plan, "purpose") == ["J. ska kunna skrivas ut till sin lägenhet.",
                                              "Med stöd."]


def test_a_record_entry_header_names_the_section_its_text_is_under():
    # a journal print: each entry's header is a small table of fields, its keyword
    # ("Rubrik: Överenskommelse") the heading of the text below
    plan = plan_of(table(["Händelsedatum:", "2024-09-24", "Signerad av:", "Emma, ssk"],
                         ["Rubrik:", "Överenskommelse"]),
                   para("ACRA-samtal en gång i veckan."))
    assert section_texts(plan, "interventions") == ["ACRA-samtal en gång i veckan."]


def test_long_hints_do_not_make_a_template_s_labels_content():
    plan = plan_of(table(
        ["Syfte med SIP (vad ska planen leda till för den enskilde?)", ""],
        ["Frågeställningar inför mötet (vilka frågor behöver lösas?)", ""],
        ["Den enskildes delaktighet och synpunkter (hur har personen deltagit, vad tycker "
         "personen?)", "☐ Den enskilde deltog ☐ Deltog inte, motivering:"],
        ["Samtycke till samverkan (OSL 25 kap.)", "☐ Muntligt ☐ Skriftligt Datum: ÅÅÅÅ-MM-DD"]))
    assert [line.text for line in plan.value_lines()] == []


def test_a_numbered_part_header_is_no_value_of_the_empty_field_above_it():
    plan = plan_of(table(["DEL 5 INSATSER"], ["Insats (vad ska göras)", ""],
                         ["DEL 6 ANDRA AKTÖRER"], ["Andra aktörers insatser (t.ex. FK)", ""]))
    assert [line.text for line in plan.value_lines()] == []
    assert [s.id for s in plan.sections if s.id] == ["interventions", "other_actors"]


def test_a_bold_numbered_line_is_a_heading_though_it_names_no_section():
    plan = plan_of(para("6. Andra aktörers insatser", bold=True), para("FK utreder."),
                   para("7. Ansvar för det praktiska", bold=True), para("Städning varje vecka."))
    assert section_texts(plan, "other_actors") == ["FK utreder."]


def test_a_question_nobody_answered_is_no_row_of_the_table():
    plan = plan_of(heading("Andra aktörer"),
                   table(["Andra aktörer (t.ex. Försäkringskassan)", ""],
                         ["Finns inga andra aktörer", "☐ Ja"]))
    assert all(view.rows == [] for s in plan.sections_for("other_actors") for view in s.tables)


def test_merged_label_row_with_values_below_and_field_labels_as_header():
    plan = plan_of(table(["Huvudansvarig"], ["Namn på huvudansvarig", "Verksamhet"],
                         ["A.", "BUP Västmanland"]))
    assert section_texts(plan, "lead") == ["A.", "BUP Västmanland"]
    assert plan.sections_for("lead")[0].tables[0].header == ["Namn på huvudansvarig",
                                                              "Verksamhet"]


def test_empty_template_table_states_nothing():
    plan = plan_of(table(["Planerad uppföljning"], ["Plats", "Datum, mötestid"], ["", ""]))
    assert plan.sections_for("follow_up")
    assert section_texts(plan, "follow_up") == []


def test_label_cell_with_value_below_in_same_cell():
    plan = plan_of(table(["Syfte\nAtt samordna stödet i skolan och hemma för Kim."]))
    assert section_texts(plan, "purpose") == ["Att samordna stödet i skolan och hemma för Kim."]


def test_column_headers_naming_sections_take_values_below():
    plan = plan_of(table(["Huvudansvarig", "Uppföljning"],
                         ["Kurator, elevhälsan", "2024-09-20"]))
    assert section_texts(plan, "lead") == ["Kurator, elevhälsan"]
    assert section_texts(plan, "follow_up") == ["2024-09-20"]


def test_table_after_a_heading_belongs_to_that_section():
    plan = plan_of(heading("Insatser"),
                   table(["Insats", "Ansvarig", "När"],
                         ["Samtalsstöd", "Kurator, elevhälsan", "Från vecka 36"],
                         ["Uppföljning av medicinering", "Läkare, BUP", "2024-10-01"]))
    interventions = plan.sections_for("interventions")[0]
    assert len(interventions.tables[0].rows) == 2
    # A data row is never taken for a label, even when it starts with a section's name.
    assert not plan.sections_for("follow_up")


def test_sub_heading_stays_in_its_section_and_peer_heading_ends_it():
    plan = plan_of(heading("Insatser"), heading("Skolan", level=2), para("Anpassad studiegång."),
                   heading("Övrigt"), para("Inget att tillägga."))
    assert section_texts(plan, "interventions") == ["Skolan", "Anpassad studiegång."]


def test_headings_are_not_content():
    plan = plan_of(heading("Syfte"), heading("Uppföljning"))
    assert plan.value_lines() == []


def test_custom_vocabulary_field_labels():
    vocabulary = Vocabulary({"lead": ["Ansvarig för planen"]}, field_labels=["Namn"])
    assert vocabulary.is_label("Namn:")
    assert vocabulary.is_label("Namn")
    assert not vocabulary.is_label("Kim är tolv år")


def test_heading_written_as_plain_text_alone_on_its_line():
    plan = plan_of(para("Syfte med samordnad individuell plan"),
                   para("Hampus har inte varit i skolan sedan oktober."))
    assert section_texts(plan, "purpose") == ["Hampus har inte varit i skolan sedan oktober."]


def test_a_sentence_naming_a_section_is_not_a_heading():
    plan = plan_of(heading("Syfte"), para("Uppföljning sker i maj."))
    assert section_texts(plan, "purpose") == ["Uppföljning sker i maj."]


def test_wrapped_lines_of_a_printed_paragraph_are_one_line():
    plan = plan_of(para("Syfte: Liv har svårt att klara skoldagen, och planen ska\n"
                        "hjälpa henne och familjen.\nHuvudansvarig: Kurator, BUP"))
    assert section_texts(plan, "purpose") == [
        "Liv har svårt att klara skoldagen, och planen ska hjälpa henne och familjen."]
    assert section_texts(plan, "lead") == ["Kurator, BUP"]


def test_page_headers_and_footers_belong_to_no_section():
    from sipcheck.documents.model import Location

    footer = para("Sida 1 av 2")
    footer.location = Location(part="footer")
    plan = plan_of(heading("Insatser"), para("Samtal med kurator varje vecka."), footer)
    assert section_texts(plan, "interventions") == ["Samtal med kurator varje vecka."]


def test_a_cell_merged_down_stands_in_every_row_it_spans():
    # "Verksamhet" merged over two measures: each measure is read with its unit, in the
    # unit's column, and the cells after it keep their columns
    texts = [["Verksamhet", "Insats", "Vem", "När"],
             ["Fritids, Västra skolan", "Lugn start med mellanmål", "Fritidspedagog",
              "Från 14 oktober 2024"],
             [None, "Bildschema för eftermiddagen", "Fritidspedagog", "Från 14 oktober 2024"]]
    rows = [[Cell(text, Location(table=90, row=r, cell=c), down=int((r, c) == (2, 1)))
             for c, text in enumerate(row, start=1) if text is not None]
            for r, row in enumerate(texts, start=1)]
    block = Block(BlockKind.TABLE, table_text(rows), Location(table=90), rows=rows)
    plan = plan_of(heading("Vem gör vad"), block)
    rows = [line.text for line in plan.table_rows("interventions")]
    assert rows[-1] == ("Fritids, Västra skolan | Bildschema för eftermiddagen | "
                        "Fritidspedagog | Från 14 oktober 2024")
    labelled = [(line.label, line.text) for line in plan.sections_for("interventions")[0].lines
                if line.label]
    assert ("Insats", "Bildschema för eftermiddagen") in labelled
    assert ("När", "Från 14 oktober 2024") in labelled


def test_an_italic_hint_that_opens_with_the_templates_question_is_form():
    hint = Block(BlockKind.PARAGRAPH, "Vilka frågor behöver lösas på mötet? Formulera dem "
                 "gärna tillsammans med den enskilde.", Location(), italic=True)
    quote = Block(BlockKind.PARAGRAPH, "Hur ska jag orka? Jag vill kunna bo kvar hemma.",
                  Location(), italic=True)
    plan = plan_of(heading("Frågeställningar"), hint, heading("Den enskildes mål"), quote)
    assert section_texts(plan, "questions") == []
    assert section_texts(plan, "goals") == ["Hur ska jag orka? Jag vill kunna bo kvar hemma."]


def test_a_box_across_a_table_is_its_label_over_its_value():
    # a web form's print: a part's title, then one box a row, its label above its value
    plan = plan_of(table(["Delaktighet"],
                         ["Hur har den enskilde varit delaktig?\nTomas deltog på mötet."]),
                   table(["Andra aktörers insatser"], ["Insatser av andra aktörer\nEj ifyllt"]),
                   table(["Samtycke"], ["☒ Samtycke finns ☐ Muntligt\n______"]))
    assert section_texts(plan, "participation") == ["Tomas deltog på mötet."]
    assert section_texts(plan, "other_actors") == []
    assert section_texts(plan, "consent") == ["Samtycke finns"]


def test_a_text_exports_heading_over_a_shorter_value_and_a_list_item_of_its_section():
    # a plain-text plan: "Huvudansvar" over "Kommunen." in one paragraph, and a measure in
    # the list under "Insatser" that opens with words of the section ("aktivitet…")
    plan = plan_of(para("Insatser"),
                   para("Sömnskola i grupp. Vuxenpsykiatrin, arbetsterapeut.", list_item=True),
                   para("Förlängning av aktivitetsersättningen: Sara skickar ansökan till "
                        "Försäkringskassan senast 2025-04-30.", list_item=True),
                   para("Anneli handlar med Sara varje söndag.", list_item=True),
                   para("Huvudansvar\nKommunen."), para("Uppföljning\nI maj."))
    assert section_texts(plan, "interventions") == [
        "Sömnskola i grupp. Vuxenpsykiatrin, arbetsterapeut.",
        "Sara skickar ansökan till Försäkringskassan senast 2025-04-30.",
        "Anneli handlar med Sara varje söndag."]
    assert section_texts(plan, "lead") == ["Kommunen."]
    assert section_texts(plan, "follow_up") == ["I maj."]


def test_a_header_cell_over_two_columns_is_read_with_the_sub_headers_below_it():
    # "Insats" across "Vad | Hur ofta", "Ansvarig" and "Start" merged down over both rows
    texts = [[(1, "Insats"), (3, "Ansvarig"), (4, "Start")],
             [(1, "Vad"), (2, "Hur ofta"), (3, "Ansvarig"), (4, "Start")],
             [(1, "Drogtester (urinprov)"), (2, "2 gånger/vecka"),
              (3, "Sjuksköterska, Beroendemottagningen Västervik"), (4, "2025-02-17")]]
    rows = [[Cell(text, Location(table=91, row=r, cell=c)) for c, text in row]
            for r, row in enumerate(texts, start=1)]
    block = Block(BlockKind.TABLE, table_text(rows), Location(table=91), rows=rows)
    plan = plan_of(heading("Insatser"), block)
    (view,) = plan.sections_for("interventions")[0].tables
    assert view.header == ["Vad", "Hur ofta", "Ansvarig", "Start"]
    labelled = {line.label: line.text for line in plan.sections_for("interventions")[0].lines
                if line.label}
    assert labelled["Ansvarig"] == "Sjuksköterska, Beroendemottagningen Västervik"
    assert labelled["Start"] == "2025-02-17"


def test_values_set_in_the_heading_style_of_their_labels_are_values():
    # a writer who made every label and every short value Heading 1 (fresh-73): "Ja" under
    # "Samtycke", names under "Deltagare"; an unknown heading with text below stays one
    plan = plan_of(heading("Samtycke"), heading("Ja"), heading("Huvudansvarig"),
                   heading("Kurator"), heading("Deltagare"), heading("Alva"), heading("Mamma"),
                   heading("Uppföljning"), heading("Övrigt"), para("Alva vill börja på bandy."))
    assert section_texts(plan, "consent") == ["Ja"]
    assert section_texts(plan, "lead") == ["Kurator"]
    assert section_texts(plan, "participants") == ["Alva", "Mamma"]
    assert "Övrigt" in [section.heading for section in plan.sections]


def test_a_label_in_capitals_takes_a_short_dotted_leader():
    # "ANSVARIG FÖR INSATSERNA ... Som tidigare." (fresh-76): a label, its leader and a
    # reference to an earlier plan; an ellipsis in a sentence stays a sentence
    plan = plan_of(para("Vi vet inte ... kanske senare."),
                   para("INSATSER ........... Oförändrat, se tidigare plan 2025-01-14.\n"
                        "ANSVARIG FÖR INSATSERNA ... Som tidigare."))
    assert section_texts(plan, "interventions") == []
    assert any(line.text == "Vi vet inte ... kanske senare." for line in plan.lines)
