"""Reading a plan by what its text says: headings by cues, forms, content without headings.

Each test is a layout real units write, in a few lines, and what an expert reads from it.
"""

from __future__ import annotations

import pytest
from helpers import checklist_named, heading, para, plan_of, section_texts, table

from sipcheck.documents.model import Block, BlockKind, Location
from sipcheck.engine import assess
from sipcheck.label_text import checkbox_value, label_core
from sipcheck.vocabulary import Vocabulary


def vocabulary() -> Vocabulary:
    return checklist_named().vocabulary()


# --- headings by meaning -------------------------------------------------------------------

@pytest.mark.parametrize(("label", "section"), [
    ("Sammankallande och huvudansvarig", "lead"),
    ("Vem håller ihop planen?", "lead"),
    ("När ses vi igen?", "follow_up"),
    ("Vi som var med", "participants"),
    ("Med på mötet", "participants"),
    ("Det här ska vi göra", "interventions"),
    ("Varför har vi det här mötet?", "purpose"),
    ("Får vi prata med varandra om dig?", "consent"),
    ("2. Syfte med SIP", "purpose"),
    ("7. ANSVAR OCH UPPFÖLJNING", "follow_up"),
    ("Huvudansvarig för planen (namn, funktion, verksamhet)", "lead"),
    ("Uppföljning av insatser i tidigare plan", "interventions"),
])
def test_a_heading_in_other_words_names_its_section(label, section):
    assert vocabulary().section_of(label) == section


def test_a_tie_goes_to_the_cue_that_comes_first_in_the_heading():
    words = Vocabulary({"first": [], "second": []},
                       cues={"first": ["alfa"], "second": ["beta"]})
    assert words.section_of("Alfa och beta") == "first"
    assert words.section_of("Beta och alfa") == "second"
    # more letters matched wins over the order of the words
    longer = Vocabulary({"first": [], "second": []},
                        cues={"first": ["alfa"], "second": ["betagamma"]})
    assert longer.section_of("Alfa och betagamma") == "second"


def test_a_plain_line_is_a_heading_only_when_the_cues_explain_most_of_it():
    words = vocabulary()
    assert words.section_of("När ses vi igen?", min_coverage=0.5) == "follow_up"
    assert words.section_of("Kim tycker att det blir bra att ses igen efter sommaren",
                            min_coverage=0.5) is None


def test_label_core_drops_numbering_and_hints_but_not_an_initial():
    assert label_core("3a. Insatser") == "Insatser"
    assert label_core("Huvudansvarig (namn, funktion)") == "Huvudansvarig"
    assert label_core("N. deltog.") == "N. deltog."


def test_headings_in_small_caps_and_numbers_open_their_sections():
    plan = plan_of(para("1. Bakgrund", bold=True), para("Kim har inte gått i skolan."),
                   para("2. Syfte med SIP", list_item=True),
                   para("Kim ska kunna gå i skolan igen med stöd av BUP och skolan."))
    assert section_texts(plan, "purpose") == [
        "Kim ska kunna gå i skolan igen med stöd av BUP och skolan."]


# --- form understanding ---------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Samtycke: ☒ Muntligt ☐ Skriftligt", ("Samtycke:", "Muntligt")),
    ("☐ Ja ☐ Nej", ("", "")),
    ("[x] Ja [ ] Nej", ("", "Ja")),
    ("☐ Skriftligt ☐ Muntligt Datum: 2025-02-03", ("", "Datum: 2025-02-03")),
    ("☒ Samtycke finns ☐ Muntligt ☐ Skriftligt Datum: ______", ("", "Samtycke finns")),
    ("Inga rutor här", None),
    # a web form's radio buttons after their options, none or one chosen
    ("Berörs andra aktörer, t.ex. Försäkringskassan?: Ja ○ Nej ○",
     ("Berörs andra aktörer, t.ex. Försäkringskassan?:", "")),
    ("Har samtycke lämnats? Ja ● Nej ○", ("Har samtycke lämnats?", "Ja")),
    ("● Pågår", None),  # a list's status mark, no button
])
def test_only_ticked_options_are_content(line, expected):
    assert checkbox_value(line) == expected


def test_an_unticked_consent_box_is_no_consent():
    checklist = checklist_named()
    plan = plan_of(para("Samtycke finns: ☐ Ja ☐ Nej"), para("Syfte: Samordning."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["samtycke"] == "ej_uppfyllt"


@pytest.mark.parametrize("value", [
    "Klicka här för att ange text.", "ÅÅÅÅ-MM-DD", "(beskriv varför planen upprättas)",
    "Se tidigare plan.", "Oförändrat", "Se bilaga 1 (insatsplan)", "____ Tid: ____",
    "Lägg till rader vid behov.", "Underskrift ..............................",
])
def test_placeholders_hints_references_and_instructions_state_nothing(value):
    assert vocabulary().is_placeholder(value)


def test_a_form_table_reads_each_label_with_its_value():
    plan = plan_of(table(["DEL 1 – MÖTET"],
                         ["Varför träffas vi?", "Kim har inte gått i skolan sedan oktober."],
                         ["Vem håller ihop planen?", "Lisa, kurator, Elevhälsan Köping"],
                         ["Övrigt", "Inget."]))
    assert section_texts(plan, "purpose") == ["Kim har inte gått i skolan sedan oktober."]
    assert section_texts(plan, "lead") == ["Lisa, kurator, Elevhälsan Köping"]


def test_rows_under_a_parts_title_across_the_form_belong_to_that_part():
    # "4. Insatser" across the table, a measure a row under it by its own name; a field of
    # the document ("Planen upprättad", "Datum för plan") under "Uppföljning" is no follow-up
    plan = plan_of(table(["1. Bakgrund och syfte"],
                         ["Syfte med planen", "Att samordna Toms rehabilitering med stödet "
                                              "hemma."],
                         ["4. Insatser, ansvar och tidpunkt"],
                         ["Samtalsstöd", "Samtal för Tom och Anna kring olyckan. Ansvar: "
                                         "kurator, Rehabiliteringsmedicin Lund."],
                         ["Hjälpmedel", "Hembesök för bedömning av hjälpmedel. Ansvar: "
                                        "arbetsterapeut, Lunds kommun. När: vecka 40."],
                         ["5. Samordning och uppföljning"],
                         ["Huvudansvarig", "Karin, LSS-handläggare, Lunds kommun"],
                         ["Planen upprättad", "2024-09-17"],
                         ["Datum för plan", "2024-09-18"]))
    assert len(section_texts(plan, "interventions")) == 2, section_texts(plan, "interventions")
    assert section_texts(plan, "follow_up") == []
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["ansvar"] == "delvis"  # the talks have no time
    assert levels["uppfoljning"] == "ej_uppfyllt"


def test_a_part_a_table_with_one_field_by_a_sections_name_is_a_form():
    # a record print with each part its own small table: its title across, then the label
    # (wrapped in its grey cell) beside the value
    plan = plan_of(table(["Ansvar och uppföljning"],
                         ["Huvudansvarig för\nplanen",
                          "Socialsekreterare Amra, Vuxenenheten, Socialtjänsten Malmö"]))
    assert section_texts(plan, "lead") == [
        "Socialsekreterare Amra, Vuxenenheten, Socialtjänsten Malmö"]
    assert {r.id: r.level for r in assess(plan, checklist_named())}["huvudansvar"] == \
        "uppfyllt"


def test_the_person_named_on_a_wrapped_line_of_a_units_measure_does_not_act():
    # "… går hem till" / "Holger.": the printed line break in the cell is inside the
    # sentence, so Holger is whom home care visits, no actor of his own
    levels = levels_of(table(["Personens namn", "Holger"]), heading("Insatser"),
                       table(["Hemtjänst Nybro centrum",
                              "Hjälp morgon och kväll med hygien. Ett mindre arbetslag går "
                              "hem till\nHolger.\nAnsvarig: Enhetschef, Hemtjänst Nybro "
                              "centrum · Start: 2025-03-19"],
                             ["Kommunens rehabilitering",
                              "Fysioterapeut tränar gång utomhus med Holger en gång per "
                              "vecka.\nAnsvarig: Fysioterapeut, Rehabenheten Nybro kommun · "
                              "Start: 2025-03-25"]))
    assert levels["andra_aktorer"] == "ej_uppfyllt"


def test_measures_under_a_heading_that_joins_goals_and_measures_are_measures():
    # "Mål och insatser" is read as the goals' part; with no part of measures in the plan,
    # the measures numbered under each goal are its measures, and the goals are none
    levels = levels_of(heading("Mål och insatser"),
                       para("1. Mål: M. ska vara nykter och minska risken för återfall."),
                       para("1.1 Läkemedelsbehandling med naltrexon var fjärde vecka. "
                            "Ansvarig: läkare, Beroendemottagningen Uddevalla. Från 2025-03-10."),
                       para("2. Mål: M. ska kunna gå tillbaka till sitt arbete."),
                       para("2.1 Återfallsprevention i samtal varannan vecka. Ansvarig: "
                            "behandlare, Öppenvården Vuxenenheten. Start 2025-03-13."))
    assert levels["insatser"] == "uppfyllt" and levels["ansvar"] == "uppfyllt"


def test_a_short_parts_name_run_in_as_the_first_sentence_heads_its_text():
    # a numbered list of the parts, each item opening with its name: "Mål." is three letters
    plan = plan_of(para("Mål. Mitt mål är att kunna gå ut med hunden själv igen.",
                        list_item=True))
    assert section_texts(plan, "goals") == [
        "Mitt mål är att kunna gå ut med hunden själv igen."]



def test_a_parts_name_run_in_after_its_outline_number_heads_its_text():
    # an outline printed from a web page: "7 Samordning" over "7.1 Huvudansvar. …": the
    # numbered part's name is a heading, not the first sentence of what the plan says
    plan = plan_of(para("7 Samordning"),
                   para("7.1 Huvudansvar. Socialtjänsten i Timrå kommun har huvudansvaret "
                        "för planen."))
    assert section_texts(plan, "lead") == [
        "Socialtjänsten i Timrå kommun har huvudansvaret för planen."]


def test_a_bilingual_forms_labels_across_the_table_name_their_parts():
    # "Svenska | English" columns, each part's label merged across both with its English
    # translation after a slash; the Swedish label names the part
    plan = plan_of(table(["Svenska", "English"],
                         ["2. Syfte med planen / Purpose of the plan"],
                         ["Planen ska samordna skolans och BUP:s stöd till S.",
                          "The plan coordinates the support from the school and BUP."],
                         ["10. Uppföljning / Follow-up"],
                         ["Uppföljande SIP-möte 2025-11-12 kl. 14.00 på Centralskolan.",
                          "Follow-up meeting on 12 November 2025 at 2 pm."]))
    assert section_texts(plan, "purpose")[0] == \
        "Planen ska samordna skolans och BUP:s stöd till S."
    assert section_texts(plan, "follow_up")[0] == \
        "Uppföljande SIP-möte 2025-11-12 kl. 14.00 på Centralskolan."

def test_a_table_of_questions_and_answers_reads_each_answer_under_its_question():
    plan = plan_of(table(["Nr", "Fråga", "Svar"],
                         ["1", "Varför har vi ett SIP-möte?", "Alva har haft svår ångest sedan "
                                                              "hösten och går inte i skolan."],
                         ["2", "Vem har huvudansvaret för planen?", ""],
                         ["3", "Vilka var med på mötet?", "Alva, mamma, Lena (kurator, "
                                                          "Härnösands kommun)"]))
    assert section_texts(plan, "purpose") == [
        "Alva har haft svår ångest sedan hösten och går inte i skolan."]
    assert section_texts(plan, "lead") == []  # the question is no answer
    assert section_texts(plan, "participants")


def test_a_hint_in_italics_with_the_templates_words_in_it_is_form():
    from sipcheck.documents.model import Block, BlockKind, Location

    # (as a PDF prints it: its lines as they were broken)
    hint = Block(BlockKind.PARAGRAPH, "Den enskilde ska ha lämnat samtycke till att SIP "
                 "upprättas och till att uppgifter lämnas mellan de\nverksamheter som deltar. "
                 "Ange om samtycket är muntligt eller skriftligt, datum när det lämnades och\n"
                 "vilka verksamheter det omfattar. Vid skriftligt samtycke ska blanketten "
                 "skannas in i journalen.", Location(), italic=True)
    plan = plan_of(heading("Samtycke"), hint, para("☐ Muntligt ☐ Skriftligt"))
    assert section_texts(plan, "consent") == []
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["samtycke"] == "ej_uppfyllt"


def test_an_empty_template_table_states_nothing():
    plan = plan_of(table(["Den enskildes mål (med egna ord)", ""],
                         ["Huvudansvarig för planen (namn, funktion)", ""],
                         ["Den enskilde deltog i mötet", "☐ Ja ☐ Nej"]))
    assert plan.value_lines() == []


def test_a_table_of_wrapped_labels_and_boxes_nobody_ticked_states_nothing():
    # labels broken over two lines beside "☐ Ja ☐ Nej": a form's fields, not text laid out
    # beside pictures; and a field the template left to fill in says nothing either
    plan = plan_of(table(["Samtycke till SIP\ninhämtat", "☐ Ja   ☐ Nej"],
                         ["Form för samtycke", "☐ Muntligt   ☐ Skriftligt"],
                         ["Den enskilde deltar\ni mötet", "☐ Ja   ☐ Nej"]),
                   table(["Uppföljning (datum, tid, plats)", "Klicka här för att ange text."],
                         ["Planen skickas till", "Klicka här för att ange text."]))
    assert plan.value_lines() == []
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["samtycke"] == levels["delaktighet"] == levels["uppfoljning"] == "ej_uppfyllt"


def test_a_question_over_boxes_nobody_ticked_and_a_printed_header_state_nothing():
    plan = plan_of(heading("Samtycke"),
                   para("Har den enskilde samtyckt till att SIP upprättas och att information "
                        "får lämnas mellan de verksamheter som deltar?"),
                   para("☐ Ja   ☐ Nej"),
                   heading("Insatser"),
                   para("Insats / åtgärd   Ansvarig verksamhet   Funktion   Tidpunkt"),
                   para("____________   ____________   ____________   ________"))
    assert plan.value_lines() == []
    # a question the plan answers in words is still the plan's own
    answered = plan_of(heading("Frågeställningar"),
                       para("Hur kan Kim komma tillbaka till skolan?"),
                       para("Samtycke: ☒ Muntligt ☐ Skriftligt"))
    assert "Hur kan Kim komma tillbaka till skolan?" in section_texts(answered, "questions")


def test_a_label_wrapped_over_two_lines_is_one_label():
    plan = plan_of(table(["Samtycke till SIP och\ninformationsutbyte", ""],
                         ["Syfte", "Kim ska kunna bo kvar hemma med stöd."]))
    assert "informationsutbyte" not in [line.text for line in plan.value_lines()]


def test_a_table_goes_where_its_columns_say_whatever_heading_it_stands_under():
    plan = plan_of(heading("Nästa avstämning"), para("v. 24"),
                   table(["Åtgärd", "Verksamhet", "Funktion", "Start"],
                         ["Läkarbesök", "Vuxenpsykiatrin", "Läkare", "2025-04-23"]))
    interventions = plan.sections_for("interventions")
    assert interventions and interventions[0].tables[0].rows
    assert "2025-04-23" not in section_texts(plan, "follow_up")


def test_a_title_row_over_a_tables_header_leaves_the_header_a_header():
    plan = plan_of(table(["Mål 1: T. ska klara sin vardag"], ["Åtgärd", "Vem", "När"],
                         ["Boendestöd", "Boendestödjare, Socialpsykiatrin", "Tisdagar"]))
    view = plan.sections_for("interventions")[0].tables[0]
    assert view.header == ["Åtgärd", "Vem", "När"]


def test_titles_over_a_table_and_over_its_groups_are_no_measures():
    # A discharge plan's table grouped by principal, under a merged title row: every
    # measure has its unit and its day, so the titles must not count as measures without
    plan = plan_of(heading("Planerade insatser efter utskrivning"),
                   table(["Läkemedel"], ["Insats", "Utförare", "Start"],
                         ["Kommunen – Kungsörs kommun"],
                         ["Hemtjänst morgon och kväll", "Hemtjänst Kungsör norra", "2024-12-05"],
                         ["REGIONEN"],
                         ["Läkarbesök, kontroll av blodvärden", "Vårdcentralen Kungsör, läkare",
                          "2024-12-17"]))
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["ansvar"] == "uppfyllt"
    # a measure left without who and when in the same table still shows
    plan = plan_of(heading("Planerade insatser efter utskrivning"),
                   table(["Insats", "Utförare", "Start"],
                         ["KOMMUNEN"],
                         ["Hemtjänst morgon och kväll", "Hemtjänst Kungsör norra", "2024-12-05"],
                         ["Trygghetslarm installeras", "", ""]))
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["ansvar"] == "delvis"


MINUTES_BY_MAIL = (
    "Hej alla, här kommer en sammanfattning från SIP-mötet 2024-10-22.",
    "Det här bestämde vi:",
    "Hemtjänsten lägger till promenad tisdagar och fredagar från vecka 44. Jag fattar "
    "beslut om utökningen senast 2024-10-25.",
    "Vänliga hälsningar",
    "Maria",
    "Biståndshandläggare, Äldreomsorgen",
)


def test_a_professional_who_signs_the_minutes_is_the_jag_in_them():
    # the biståndshandläggare's "Jag fattar beslut …" is hers: no measure by the person
    levels = {r.id: r.level for r in assess(plan_of(*map(para, MINUTES_BY_MAIL)),
                                            checklist_named())}
    assert levels["andra_aktorer"] == "ej_uppfyllt"
    assert levels["ansvar"] == "uppfyllt"
    # unsigned, the same "jag" may be the person's own: the review cannot tell, and counts it
    unsigned = plan_of(*map(para, MINUTES_BY_MAIL[:3]))
    assert {r.id: r.level for r in assess(unsigned, checklist_named())}["andra_aktorer"] \
        == "uppfyllt"


def test_a_participant_wrapped_onto_the_next_line_of_a_text_export_is_one_entry():
    lines = ["DELTAGARE",
             "Maria, sjuksköterska och fast vårdkontakt, Psykiatrimottagningen",
             "Fagersta",
             "Per, överläkare, Psykiatrimottagningen Fagersta"]
    blocks = [Block(BlockKind.HEADING if n == 1 else BlockKind.PARAGRAPH, text,
                    Location(line=n)) for n, text in enumerate(lines, start=1)]
    levels = {r.id: r.level for r in assess(plan_of(*blocks), checklist_named())}
    assert levels["deltagare"] == "uppfyllt"
    # a column of first names is a list of people, not one wrapped entry
    names = ["DELTAGARE", "Maria, sjuksköterska, Psykiatrimottagningen", "Ahmed"]
    blocks = [Block(BlockKind.HEADING if n == 1 else BlockKind.PARAGRAPH, text,
                    Location(line=n)) for n, text in enumerate(names, start=1)]
    levels = {r.id: r.level for r in assess(plan_of(*blocks), checklist_named())}
    assert levels["deltagare"] == "delvis"
    # two functions of one unit share it
    plan = plan_of(heading("Närvarande"), para("Mamma (vårdnadshavare)"),
                   para("Psykolog och arbetsterapeut, Habiliteringen Västmanland"),
                   para("LSS-handläggare, Fagersta kommun"))
    assert {r.id: r.level for r in assess(plan, checklist_named())}["deltagare"] == "uppfyllt"


def test_the_signing_professional_who_holds_the_plan_together_is_named_with_her_unit():
    letter = ("Hej Ali! Här kommer det vi bestämde på mötet.",
              "Jag är den som håller ihop planen och kallar till nästa möte.",
              "Vänliga hälsningar", "Maria", "Socialsekreterare, Vuxenenheten",
              "Köpings kommun")
    levels = {r.id: r.level for r in assess(plan_of(*map(para, letter)), checklist_named())}
    assert levels["huvudansvar"] == "uppfyllt"
    unsigned = {r.id: r.level for r in assess(plan_of(*map(para, letter[:2])),
                                              checklist_named())}
    assert unsigned["huvudansvar"] == "delvis"


def test_a_measure_whose_time_is_not_yet_decided_lacks_a_time():
    plan = plan_of(heading("Insatser"),
                   table(["Insats", "Ansvarig", "Start"],
                         ["Boendestöd två gånger i veckan", "Socialpsykiatrin Fagersta",
                          "2024-11-11"],
                         ["Kontaktperson enligt LSS", "LSS-handläggare, Fagersta kommun",
                          "Ej fastställt"]))
    assert {r.id: r.level for r in assess(plan, checklist_named())}["ansvar"] == "delvis"


COUNSELLOR_MAIL = (
    "Hej alla! Här kommer anteckningarna från SIP-mötet om Alex 2024-11-20.",
    "Syftet med mötet var att få en gemensam bild.",
    "Eva på BUP fortsätter med KBT-samtal varannan vecka, nästa tid är 2024-11-28.",
    "Jag fortsätter att finnas till hands för Alex på skolan, han kan komma förbi mitt rum "
    "när han vill.",
    "Hälsningar", "Elin", "Skolkurator, Elevhälsan Sala kommun",
)


def test_a_counsellors_mail_speaks_in_her_voice_not_the_persons():
    levels = {r.id: r.level for r in assess(plan_of(*map(para, COUNSELLOR_MAIL)),
                                            checklist_named())}
    assert levels["enskildes_mal"] != "uppfyllt"  # her "jag", not Alex's
    assert levels["syfte"] == "delvis"  # only "att få en gemensam bild"
    assert levels["uppfoljning"] != "uppfyllt"  # the KBT's next appointment, not the plan's


def test_a_numbered_measure_label_does_not_hide_a_vague_measure():
    plan = plan_of(heading("Åtgärder"),
                   para("Åtgärd 1: Fortsatt kontakt med Beroendemottagningen."),
                   para("Åtgärd 2: Fortsatt samtalsstöd i öppenvården."))
    assert {r.id: r.level for r in assess(plan, checklist_named())}["insatser"] == "delvis"


def test_a_measure_written_as_fields_on_one_line_has_its_who_and_when():
    plan = plan_of(heading("Vem gör vad"),
                   para("Vad: Handledning till personalen / Vem: Psykolog, Habiliteringen "
                        "Västerås / När: från 2025-04-14", list_item=True),
                   para("Vad: Se över resorna till daglig verksamhet / Vem: Kommunen / "
                        "När: maj 2025", list_item=True))
    # the second measure's "Vem" is only the principal, though its text names a unit
    assert {r.id: r.level for r in assess(plan, checklist_named())}["ansvar"] == "delvis"


# --- content without headings ---------------------------------------------------------------

MINUTES = (
    "Närvarande: Kim, mamma, kurator och läkare.",
    "Kim har haft svårt att gå till skolan sedan i höstas och sover dåligt.",
    "Det bestämdes att kuratorn på skolan träffar Kim varje tisdag från vecka 40. "
    "Läkaren på BUP gör en bedömning av sömnen 2024-10-15. Mamma ringer mentorn varje "
    "fredag. Skolan har tidigare erbjudit anpassad studiegång.",
)


def test_agreements_in_minutes_are_gathered_as_interventions():
    plan = plan_of(heading("Minnesanteckningar"), *(para(text) for text in MINUTES))
    gathered = section_texts(plan, "interventions")
    assert any("kuratorn på skolan träffar Kim" in text for text in gathered)
    assert "Mamma ringer mentorn varje fredag." in gathered
    # what happened before the meeting is background, not a plan
    assert not any("tidigare erbjudit" in text for text in gathered)


def test_after_a_lead_in_each_agreement_counts_and_one_without_a_time_shows():
    # "Det här bestämde vi." says what the sentences after it are: a measure without a time
    # is one too, and its missing time is what makes "who does what and when" partial
    checklist = checklist_named()
    plan = plan_of(heading("Anteckningar"), para(
        "Det här bestämde vi. Peter, som är din läkare på vårdcentralen, skickar en remiss "
        "till Traumaenheten senast den 21 maj. Lina, som är din socialsekreterare på IFO "
        "Hallstahammar, ser över om du kan få bistånd till glasögon."))
    gathered = section_texts(plan, "interventions")
    assert gathered == [
        "Peter, som är din läkare på vårdcentralen, skickar en remiss till Traumaenheten "
        "senast den 21 maj.",
        "Lina, som är din socialsekreterare på IFO Hallstahammar, ser över om du kan få "
        "bistånd till glasögon."]
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["ansvar"] == "delvis"


def test_after_an_agreement_the_actors_measures_count_without_a_time():
    checklist = checklist_named()
    plan = plan_of(heading("Anteckningar"), para(
        "Det bestämdes att kuratorn på mottagningen fortsätter med stödsamtal varannan vecka "
        "från 2024-11-26."), para(
        "Boendestödet i Köping ska hjälpa K. att gå igenom posten och betala räkningar."))
    assert len(section_texts(plan, "interventions")) == 2
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["ansvar"] == "delvis"


def test_the_person_a_measure_is_for_is_not_its_actor():
    # "G." stands in the measures as the one they are for: no measure by the person
    checklist = checklist_named()
    plan = plan_of(para("G. är 84 år och bor ensam. G. vill bo kvar hemma."),
                   heading("Insatser"),
                   table(["Trygghetslarm installeras, G. får instruktion om larmet",
                          "Larmgruppen, Vård och omsorg Arboga", "Klart"],
                         ["Hemtjänst morgon och kväll, hjälp med frukost till G.",
                          "Hemtjänst Arboga", "Pågår"]))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["andra_aktorer"] != "uppfyllt"


def test_a_heading_that_names_who_acts_makes_the_measures_below_theirs():
    checklist = checklist_named()
    plan = plan_of(para("Alva är 12 år."), heading("Mamma åtar sig:", level=2),
                   para("Hämta Alva på skolan på fredagar.", list_item=True),
                   para("Följa med Alva till BUP-besöken.", list_item=True))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["andra_aktorer"] == "uppfyllt"


def test_network_minutes_read_as_an_expert_reads_them():
    checklist = checklist_named()
    plan = plan_of(
        heading("Minnesanteckningar från nätverksmöte"),
        para("Vid mötet deltog socialsekreterare Linnéa från Barn och familj IFO Sala, "
             "familjebehandlare Omar från Familjebehandlingen Sala kommun och psykolog Anna "
             "från BUP Sala."),
        para("Föräldrarna hade två frågor som de ville ha svar på: hur lång tid utredningen "
             "tar, och om skolan kan erbjuda undervisning i mindre grupp."),
        para("Ansvaret för att hålla ihop planen ligger hos socialtjänsten i Sala."),
        para("Nästa nätverksmöte hålls 2024-12-03 kl. 13.00."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["fragestallningar"] == "uppfyllt"
    assert levels["huvudansvar"] == "delvis"  # an organisation only
    assert levels["uppfoljning"] == "uppfyllt"
    assert levels["deltagare"] == "uppfyllt"  # "Barn och familj" is one unit


def test_staff_introduced_in_the_minutes_act_by_first_name():
    plan = plan_of(heading("Anteckningar"), para(
        "På mötet var Maria som är socialsekreterare på IFO Barn och familj i Fagersta och "
        "Johan som är mentor på Brinkskolan."),
        para("Maria skickar beslut om insatsen senast 7 mars."))
    assert section_texts(plan, "interventions") == [
        "Maria skickar beslut om insatsen senast 7 mars."]


def test_the_note_taker_s_jag_själv_is_not_the_person_taking_part():
    checklist = checklist_named()
    plan = plan_of(heading("Närvarande"),
                   para("Vilmers mamma Therese, Amanda, psykolog på BUP Fagersta, och jag själv "
                        "(Hanna, skolkurator på Brinkskolan)."),
                   heading("Anteckningar"), para("Vilmer var inte med på mötet."),
                   para("Vilmer vill gå ut nian med sina klasskompisar."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["delaktighet"] == "delvis"


@pytest.mark.parametrize("sentence", [
    "Mötets huvudfråga var hur R. ska kunna komma tillbaka till daglig verksamhet.",
    "Frågan vi hade med oss in i mötet var hur Ella ska kunna börja gå på lektioner igen.",
    "De frågor vi utgick ifrån var framför allt om han kan göra proven i mindre grupp.",
    "Föräldrarna ville framför allt ha svar på två saker: om A. kan få anpassningar nu.",
])
def test_the_meeting_s_question_told_in_the_minutes_counts(sentence):
    checklist = checklist_named()
    plan = plan_of(heading("Bakgrund"), para(sentence))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["fragestallningar"] == "uppfyllt"


def test_following_up_a_symptom_is_not_the_plan_s_follow_up():
    checklist = checklist_named()
    plan = plan_of(heading("Insatser"), para(
        "Skolsköterskan träffar Ella den 27 februari för att följa upp sömn och magont."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["uppfoljning"] == "ej_uppfyllt"


def test_the_reason_says_when_it_was_found_outside_a_heading_of_its_own():
    checklist = checklist_named()
    plan = plan_of(heading("Minnesanteckningar"), *(para(text) for text in MINUTES))
    results = {r.id: r for r in assess(plan, checklist)}
    assert results["insatser"].level == "uppfyllt"


def test_a_plan_that_says_nothing_was_decided_has_no_interventions():
    checklist = checklist_named()
    plan = plan_of(heading("Insatser"), para("Insatser diskuterades men inget bestämdes."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["insatser"] == "ej_uppfyllt"


# --- references and time --------------------------------------------------------------------

def test_the_meetings_own_date_is_not_the_next_follow_up():
    checklist = checklist_named()
    plan = plan_of(heading("Uppföljning av SIP"), para("Datum för uppföljningsmöte: 2024-11-12"),
                   para("Ursprunglig plan upprättad: 2024-05-21"),
                   heading("Nästa uppföljning"), para("–"))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["uppfoljning"] == "ej_uppfyllt"


def test_a_next_follow_up_after_the_meeting_counts():
    checklist = checklist_named()
    plan = plan_of(para("Datum för mötet: 2024-11-12"), heading("Insatser"),
                   para("Kurator träffar Kim varje vecka."),
                   heading("Nästa uppföljning"), para("2025-02-04 kl. 13.00"))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["uppfoljning"] == "uppfyllt"


def test_consent_with_a_signed_form_written_as_one_word_counts():
    checklist = checklist_named()
    plan = plan_of(heading("Anteckningar"), para(
        "Mamma och pappa sa ja till att skolan och BUP får prata med varandra om A., och de "
        "skrev under samtyckesblanketten när de kom i dag."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["samtycke"] == "uppfyllt"


def test_consent_in_everyday_words_counts_with_how_and_when():
    checklist = checklist_named()
    plan = plan_of(heading("Får vi prata med varandra om dig?"),
                   para("Ja, det sa du muntligt på mötet 2024-10-08."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["samtycke"] == "uppfyllt"


def test_vague_measures_stay_vague():
    checklist = checklist_named()
    plan = plan_of(heading("Insatser"),
                   para("Hemtjänst fortsätter som tidigare. Distriktssköterska kommer vid behov."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["insatser"] == "delvis"


def test_in_a_plan_written_to_the_person_we_is_not_the_person():
    checklist = checklist_named()
    plan = plan_of(heading("Det här är viktigt för dig"),
                   para("Vi vill att du ska må bra i skolan. Du ska få hjälp av din mentor."),
                   para("Du och dina föräldrar får en kallelse. Vi ses igen i vår."))
    levels = {r.id: r.level for r in assess(plan, checklist)}
    assert levels["enskildes_mal"] == "delvis"


# --- found in the fresh-7 batch: forms and names ----------------------------------------------

def levels_of(*blocks) -> dict[str, str]:
    return {r.id: r.level for r in assess(plan_of(*blocks), checklist_named())}


def test_a_templates_hints_under_empty_headings_are_no_content():
    results = {r.id: r for r in assess(plan_of(
        heading("3. Frågeställningar"), para("Vilka frågor behöver lösas på mötet?"),
        para("Klicka eller tryck här för att ange text."),
        heading("4. Den enskildes mål"), para("Skriv gärna med den enskildes egna ord."),
        heading("8. Andra aktörers insatser"),
        para("T.ex. Försäkringskassan, Arbetsförmedlingen, god man, anhöriga. "
             "Ange vem som gör vad.")), checklist_named())}
    for criterion in ("fragestallningar", "enskildes_mal", "andra_aktorer", "insatser"):
        assert results[criterion].level == "ej_uppfyllt", criterion
        assert not results[criterion].evidence, criterion


def test_an_export_stamp_and_a_treatments_follow_up_are_not_the_plans_follow_up():
    levels = levels_of(para("Exporterad från verksamhetssystemet 2024-09-11"),
                       para("Datum för mötet: 2024-09-10"), heading("Vi lovar"),
                       para("Leverprover och uppföljning av blodtrycket hos distriktsläkare "
                            "– 2024-10-05"),
                       para("Överenskommelsen gäller tills vidare."))
    assert levels["uppfoljning"] == "ej_uppfyllt"
    # a follow-up of the plan itself still counts
    assert levels_of(para("Datum för mötet: 2024-09-10"),
                     para("Uppföljning av planen 2024-12-03 kl. 10.")
                     )["uppfoljning"] == "uppfyllt"


def test_a_tables_header_printed_as_a_bold_line_stays_in_its_section():
    plan = plan_of(para("Närvarande", bold=True), para("Namn Funktion Verksamhet", bold=True),
                   para("Karolina Behandlare BUP Västerås"), para("–", bold=True),
                   para("Mats Mentor Kyrkskolan"))
    assert section_texts(plan, "participants") == ["Karolina Behandlare BUP Västerås",
                                                    "Mats Mentor Kyrkskolan"]


def test_a_timeline_gives_each_month_cell_its_party_and_month():
    plan = plan_of(para("Halvårsplan april–juni"),
                   table(["Vem", "April", "Maj", "Juni"],
                         ["Boendestödet, Socialpsykiatrin", "Två besök i veckan", "",
                          "Ett besök i veckan"],
                         ["Psykiatrisk öppenvård, ssk", "Litiumprov v. 15", "Samtal",
                          "Samtal varannan vecka"]))
    results = {r.id: r for r in assess(plan, checklist_named())}
    assert results["insatser"].level == "uppfyllt"
    assert results["ansvar"].level == "uppfyllt"
    assert any("Maj: Samtal" in e.text for e in results["ansvar"].evidence) or \
        any("April" in e.text for e in results["ansvar"].evidence)


def test_a_name_signed_with_a_title_is_a_professional_not_the_person():
    # a record print signs every entry "Kim, ssk"; E. is the patient
    levels = levels_of(
        para("Utskriven av: Kim, ssk"), para("Signerad 2024-11-05 av Kim, ssk"),
        heading("Patientens mål"), para("Målet är att E. ska kunna bo kvar hemma."),
        heading("Insatser"),
        table(["Insats", "Ansvarig", "När"],
              ["Krisplan upprättas med E.", "Kontaktperson avd 82", "2024-11-07"],
              ["Telefonuppföljning", "Kim, ssk, Psykiatrisk öppenvård", "2024-11-09"],
              ["Första besök", "Kim, ssk, Psykiatrisk öppenvård", "2024-11-11"]),
        heading("Patientens delaktighet"), para("E. deltog och vill ha samma kontaktperson."))
    assert levels["andra_aktorer"] == "ej_uppfyllt"


def test_taking_part_under_a_goal_heading_is_no_goal():
    levels = levels_of(heading("Den enskildes mål och delaktighet"),
                       para("Sandra deltog på mötet."))
    assert levels["enskildes_mal"] == "ej_uppfyllt"


def test_you_among_the_participants_of_a_plan_written_to_the_child_is_the_child():
    levels = levels_of(heading("Vi som var med"),
                       para("Du, pappa Johan, Anna från BUP, Lena skolsköterska."),
                       heading("Det här tycker du"),
                       para("Du vill ha färre läxor och mer rast."))
    assert levels["delaktighet"] == "uppfyllt"


def test_a_table_continued_after_a_page_header_stays_in_its_section():
    # the rest of the action table, under a record print's repeated page title, is still
    # the plan's interventions: its row with only "Regionen" makes who-does-what partial
    header = ["Nr", "Insats / åtgärd", "Ansvarig verksamhet", "Ansvarig funktion", "Start"]
    blocks = (table(["Insatser och ansvar", "", "", "", ""], header,
                    ["1", "Samtal varannan vecka", "Elevhälsan Köping", "Kurator", "Från v. 36"]),
              heading("Samverkansjournal – utskrift"),
              table(header, ["2", "Läkemedelsgenomgång", "Regionen", "", "2024-10-01"]))
    assert levels_of(*blocks)["ansvar"] == "delvis"
    # found under the table's own heading, as `review --details` tells
    home = [s for s in plan_of(*blocks).sections if s.heading == "Insatser och ansvar"]
    assert "Läkemedelsgenomgång" in [line.text for line in home[0].lines]


def test_a_measures_own_time_line_belongs_to_it():
    # a portal print: each activity, its responsible on a line of its own, then its time
    levels = levels_of(
        heading("Aktiviteter"),
        para("● Pågår Boendestöd två timmar i veckan"),
        para("Ansvarig: Boendestödjare, Socialpsykiatrin Västerås"),
        para("◷ Start 2025-02-03"),
        para("○ Planerad Första möte med budget- och skuldrådgivare"),
        para("Ansvarig: Budget- och skuldrådgivningen, Västerås stad"),
        para("◷ 2025-02-11 kl. 13.00"))
    assert levels["ansvar"] == "uppfyllt"


def test_a_heading_that_names_the_document_is_its_title_not_a_section():
    words = vocabulary()
    assert words.is_document_title("SIP – Planering inför hemgång")
    assert words.is_document_title("Samordnad individuell plan vid utskrivning")
    assert not words.is_document_title("Syfte med SIP")
    assert not words.is_document_title("SIP-samordnare")
    # the meeting's particulars under the title are no measures of the plan
    levels = levels_of(
        heading("SIP – Planering inför hemgång"),
        table(["Mötesdatum", "2024-10-15 kl. 13.30"], ["Kommun", "Arboga"]),
        heading("Insatser"),
        table(["Insats", "Utförare", "Start"],
              ["Trygghetslarm", "Larmgruppen, Arboga kommun", "2024-10-21"],
              ["Gångträning", "Fysioterapeut, Hemrehab Arboga", "2024-10-22"]))
    assert levels["ansvar"] == "uppfyllt"


def test_a_label_that_joins_two_fields_with_a_slash_names_either():
    assert vocabulary().section_of("Fast vårdkontakt / huvudansvarig för SIP",
                                   min_coverage=0.5) == "lead"


def test_a_fixed_width_export_reads_its_header_and_wrapped_lines_as_such():
    # a text export's action list: a header line of column words, rows wrapped onto a
    # line that starts in brackets or in lower case; a compound title is a function
    levels = levels_of(
        heading("Åtgärder"),
        para("ID  Åtgärd                      Ansvarig              Klart senast  Status"),
        para("A1  Skriftlig akutplan vid anfall Barnläkare, Barn- och 2024-10-16 Pågår"),
        para("(när/hur akutmedicin ges)       ungdomsmedicin Västerås"),
        para("A2  Anpassad idrott             Skolsköterska, Kyrkskolan 2024-11-01 Pågår"))
    assert levels["ansvar"] == "uppfyllt"


def test_a_decisions_att_list_keeps_one_measure_a_line():
    # "Mötet beslutar / att …": each att-line is a measure of its own, not a wrapped line
    levels = levels_of(
        heading("Beslut"),
        para("Mötet beslutar"),
        para("att BUP Västerås gör en läkarbedömning 2024-12-03"),
        para("att mamma ringer skolan"))
    assert levels["ansvar"] == "delvis"  # the second has no time of its own"


def test_an_empty_printed_template_says_nothing():
    # the county template printed empty: hints in brackets wrapped over lines, a lead-in
    # over boxes not ticked, a label of alternatives, empty tables
    results = assess(plan_of(
        heading("Samordnad individuell plan (SIP)"),
        para("Namn"), para("Vårdnadshavare / god man /\nförvaltare"), para("Datum för SIP-möte"),
        heading("Samtycke"),
        para("Den enskilde/vårdnadshavare har lämnat samtycke till SIP och till att berörda "
             "verksamheter utbyter information:"),
        para("Samtycke: ☐ muntligt ☐ skriftligt"),
        heading("2. Frågeställningar inför mötet"),
        para("(Vilka frågor ska mötet ta ställning till?)"), para("……………………"),
        heading("5. Den enskildes delaktighet"),
        para("(Hur har den enskilde och i förekommande fall vårdnadshavare deltagit?\n"
             "Om den enskilde inte deltog, ange orsak.)"),
        table(["Den enskildes synpunkter och delaktighet (Deltog den enskilde? Vad tycker "
               "den enskilde?)"], [""]),
        heading("7. Andra aktörers insatser"),
        para("(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående.)"),
        heading("9. Uppföljning"), para("Övrigt")), checklist_named())
    levels = {r.id: r.level for r in results if r.id != "begriplighet"}
    assert set(levels.values()) == {"ej_uppfyllt"}, levels


def test_a_column_header_over_rows_is_form_not_a_question():
    # "Hur har det gått?" heads a column of a follow-up table; it asks the meeting nothing
    levels = levels_of(
        heading("Uppföljning 2"),
        table(["Mål", "Hur har det gått?", "Fortsättning"],
              ["Mål 2: A. ska kunna gå 30 minuter", "Promenerar 15–20 minuter enligt "
               "fysioterapeuten.", "Fortsatt kontakt med fysioterapeut."]))
    assert levels["fragestallningar"] == "ej_uppfyllt"


def test_a_follow_up_documents_title_is_no_follow_up():
    # "Uppföljning av SIP" atop a follow-up document names the document, not the next
    # follow-up; a purpose that only refers back says nothing
    levels = levels_of(heading("Uppföljning av SIP"), para("Namn: J."),
                       heading("Syfte"), para("Oförändrat, se SIP 2024-09-17."))
    assert levels["uppfoljning"] == "ej_uppfyllt"
    assert levels["syfte"] == "ej_uppfyllt"


@pytest.mark.parametrize(("label", "section"), [
    ("Vem hjälper dig?", "interventions"),
    ("Varför finns planen?", "purpose"),
])
def test_easy_read_questions_name_their_sections(label, section):
    assert vocabulary().section_of(label, min_coverage=0.5) == section


def test_participants_answers_and_relatives_need_no_unit():
    # a "Deltog" column read apart from its rows, a wife by her relation, a short-term
    # home and a rehab team as units: every professional has function and unit
    levels = levels_of(
        heading("Deltagare"),
        para("Gösta, patient"), para("Ja"),
        para("Maj, hustru"), para("Nej"),
        para("Sofie, sjuksköterska, Korttidsboendet Kungsgården"),
        para("Sofia, arbetsterapeut, Rehab Kungsör"))
    assert levels["deltagare"] == "uppfyllt"


def test_a_measure_left_for_later_names_nobody_responsible():
    levels = levels_of(heading("Insatser"),
                       para("Fortsatt stöd i vardagen."),
                       para("Ansvar och tider fördelas när teamen har stämt av internt."))
    assert levels["ansvar"] == "ej_uppfyllt"


def test_a_relative_named_once_is_known_by_name_later():
    # "Ingrid, dotter till E." among the participants; later only "Ingrid handlar …"
    levels = levels_of(
        heading("Deltagare"), para("Ingrid, dotter till E."),
        para("Marie, biståndshandläggare, Äldreomsorgen Kungsör"),
        heading("Överenskommelser"),
        para("Marie utreder hemtjänst och fattar beslut senast den 22 november."),
        para("Ingrid fortsätter att handla åt sin pappa varje lördag och sköter hans räkningar."))
    assert levels["andra_aktorer"] == "uppfyllt"
    # a relation word before the verb is no verb: "Peters syster Eva handlar …"
    assert levels_of(heading("Vad ska hända?"),
                     para("Peters syster Eva handlar mat åt Peter varje lördag.")
                     )["andra_aktorer"] == "uppfyllt"


def test_a_template_that_describes_its_fields_in_sentences_says_nothing():
    # an empty template whose hints are plain sentences under question headings
    results = assess(plan_of(
        heading("1. Vad ska mötet leda till?"),
        para("Beskriv syftet med SIP för just den här personen, i en eller ett par meningar."),
        heading("3. Vad vill du själv uppnå?"),
        para("Skriv den enskildes mål med hens egna ord, gärna som citat."),
        heading("4. Hur har du varit med och påverkat planen?"),
        para("Deltog den enskilde? Vad tycker hen?"),
        heading("6. Vem ansvarar för vad?"),
        para("En rad per insats: vad som ska göras, vilken verksamhet/funktion som ansvarar."),
        heading("7. Vad gör andra än kommun och region?"),
        para("T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående."),
        heading("8. Vem håller ihop planen?"),
        para("Namn eller funktion och verksamhet för den som har huvudansvaret."),
        heading("9. När ses vi igen?"), para("Datum och tid för uppföljning."),
        heading("Deltagare"), para("Alla som deltog i mötet, med funktion och verksamhet.")),
        checklist_named())
    levels = {r.id: r.level for r in results if r.id != "begriplighet"}
    assert set(levels.values()) == {"ej_uppfyllt"}, levels


def test_under_a_plans_agreements_a_label_that_names_who_is_a_measure():
    # "Planering: Följande överenskoms:" and then one "Unit, function: measure" line each
    levels = levels_of(
        para("Planering: Följande överenskoms på mötet:"),
        para("Vuxenpsykiatrin Västerås, läkare: översyn av litiumbehandlingen, läkarbesök v. 9."),
        para("Kontaktperson på mottagningen: stödsamtal varannan vecka, start v. 8."),
        para("Budget- och skuldrådgivningen, Västerås stad: genomgång av skulderna."))
    assert levels["insatser"] == "uppfyllt"
    assert levels["ansvar"] == "delvis"  # the last has no time


def test_a_card_of_label_and_value_cells_is_read_by_its_value():
    levels = levels_of(heading("Insatser"),
                       table(["1", "Insats", "Återfallsprevention i individuella samtal, "
                              "12 tillfällen."],
                             ["1", "Utförare", "Beroendemottagningen Köping, behandlare"]))
    assert levels["insatser"] == "uppfyllt"


def test_someone_introduced_with_function_and_unit_is_known_by_name_later():
    levels = levels_of(
        para("Lina, som är din socialsekreterare på Individ- och familjeomsorgen i "
             "Hallstahammar, ser över om du kan få bistånd till glasögon."),
        para("Lina har huvudansvaret för planen."))
    assert levels["huvudansvar"] == "uppfyllt"


@pytest.mark.parametrize("text", ["Senast ändrad 2025-03-06 av Elevhälsan.",
                                  "Se ursprunglig plan 2024-03-12."])
def test_an_edit_stamp_and_a_reference_back_are_form(text):
    assert vocabulary().is_placeholder(text)


def test_a_list_entry_in_small_letters_is_no_heading():
    plan = plan_of(heading("Diskussion"), para("Skolan beskrev vad som provats.", list_item=True),
                   para("samtycke inhämtat", list_item=True))
    assert [s.heading for s in plan.sections if s.id == "consent"] == []
    assert levels_of(heading("Diskussion"), para("samtycke inhämtat", list_item=True)
                     )["samtycke"] == "delvis"


def test_notes_after_a_label_with_its_value_are_no_longer_that_label():
    # "Vi som var med: …" and then the minutes: what was agreed is not a participant
    blocks = (
        para("Vi som var med: Leo (första timmen), Maria och Anders från familjehemmet, "
             "Jessica (Leos mamma, via Teams), Petra, Karin, Sofia och jag."),
        para("Leo har bott i familjehemmet sedan januari och det fungerar i stort sett bra."),
        para("Det här bestämde vi:"),
        para("Karin (mentor, Ekebyskolan) gör ett anpassat schema senast 2025-03-21.",
             list_item=True),
        para("Petra (BUP Sala) bokar det första utredningsbesöket senast 2025-04-30.",
             list_item=True))
    assert len(section_texts(plan_of(*blocks), "participants")) == 1
    levels = levels_of(*blocks)
    assert levels["insatser"] == "uppfyllt"
    assert levels["ansvar"] == "uppfyllt"


def test_a_header_of_field_labels_over_empty_lines_says_nothing():
    plan = plan_of(heading("Insatser/åtgärder"),
                   para("Insats/åtgärd | Ansvarig (verksamhet/funktion) | Start | Klart"),
                   para("______ | ______ | ______ | ______"))
    assert plan.value_lines() == []


def test_a_memos_title_names_the_document_not_a_section():
    assert vocabulary().is_document_title("PM – samordnad planering för K.", first=True)
    assert not vocabulary().is_document_title("Planering", first=True)


def test_a_heading_with_med_is_about_what_comes_before():
    assert vocabulary().section_of("Insatser enligt planen 2024-11-19 med uppföljning") == \
        "interventions"
    assert vocabulary().section_of("Syfte med mötet") == "purpose"


def test_staff_named_once_with_function_are_responsible_by_name():
    levels = levels_of(
        heading("Närvarande"), para("Sofia, sjuksköterska, Psykiatrisk öppenvård Sala"),
        para("Peter, psykolog, Psykiatrisk öppenvård Sala"),
        heading("Beslut"),
        para("Sofia ansvarar för att depåinjektionen ges vid hembesök, klart v. 13."),
        para("Peter ansvarar för en ny riskbedömning, klart v. 16."))
    assert levels["ansvar"] == "uppfyllt"


def test_a_line_naming_only_who_belongs_to_the_measure_above():
    levels = levels_of(heading("Insatser"),
                       para("✅ Samtal om sömn och oro varannan vecka"),
                       para("👤 kurator Lisa, Vårdcentralen Sala"),
                       para("📅 från 2025-04-03"))
    assert levels["ansvar"] == "uppfyllt"


def test_an_actor_that_may_come_later_has_no_measure_yet():
    levels = levels_of(heading("Andra aktörer"),
                       para("Försäkringskassan kan bli aktuell längre fram."))
    assert levels["andra_aktorer"] == "delvis"


def test_ticked_kinds_of_help_are_a_choice_not_a_measure_without_who():
    levels = levels_of(
        heading("Insatser efter utskrivning"),
        para("☒ Hemtjänst ☐ Korttidsboende ☒ Hemsjukvård ☒ Trygghetslarm"),
        heading("Planering"),
        table(["Insats", "Ansvarig", "Datum"],
              ["Hemtjänst morgon och kväll", "Hemtjänsten Arboga, område centrum", "2025-03-20"],
              ["Dosett varannan vecka", "Distriktssköterska, Hemsjukvården Arboga",
               "2025-03-21"]))
    assert levels["ansvar"] == "uppfyllt"


def test_a_templates_here_you_write_instructions_and_dotted_fields_say_nothing():
    results = assess(plan_of(
        heading("Syfte"), para("Här skriver du varför planen upprättas."),
        para("Syfte: ........................ (varför behövs en"),
        para("samordnad plan för just den här personen?)"),
        heading("Andra aktörer"),
        para("Här skriver du vad andra än kommun och region gör. Finns inga, skriv det.")),
        checklist_named())
    levels = {r.id: r.level for r in results if r.id != "begriplighet"}
    assert set(levels.values()) == {"ej_uppfyllt"}, levels


def test_a_matrix_with_a_column_per_principal_is_a_table_of_measures():
    plan = plan_of(heading("Ansvarsfördelning"),
                   table(["Behov", "Kommunen", "Regionen", "Övriga"],
                         ["Boende", "Boendestöd två gånger i veckan", "–", "–"]))
    assert section_texts(plan, "interventions")


def test_back_in_three_weeks_is_a_follow_up_without_a_day():
    assert levels_of(para("Åter om 3 v, hemsjukvården kallar."))["uppfoljning"] == "delvis"


def test_a_label_and_its_value_after_a_dash_in_a_note():
    plan = plan_of(para("Syfte – att Bengt ska kunna bo kvar hemma och klara kvällarna."),
                   para("Huvudansvar – hemsjukvården Skinnskatteberg."),
                   para("Boendestöd – Socialpsykiatrin – från v. 36"))
    assert section_texts(plan, "purpose") == ["att Bengt ska kunna bo kvar hemma och klara "
                                              "kvällarna."]
    assert section_texts(plan, "lead")[0] == "hemsjukvården Skinnskatteberg."
    # a measure written with dashes names no section of its own
    assert not any(s.heading == "Boendestöd" for s in plan.sections)


def test_a_templates_example_text_and_unanswered_fields_say_nothing():
    results = assess(plan_of(
        heading("Syfte"),
        para("Exempel: Planen ska samordna stödet så att Kim kan komma tillbaka till skolan."),
        heading("Andra aktörers insatser"),
        para("Exempel: Pappa följer med Kim till skolan varje morgon. Om inga andra aktörer "
             "finns, skriv det."),
        heading("Insatser"), para("Insats 1"), para("Beskrivning: [ej besvarad]"),
        heading("Huvudansvarig"), para("Ej fastställt, tas upp på nästa möte.")),
        checklist_named())
    levels = {r.id: r.level for r in results if r.id != "begriplighet"}
    assert set(levels.values()) == {"ej_uppfyllt"}, levels


def test_an_italic_question_under_a_markdown_heading_is_the_templates_own():
    levels = levels_of(heading("Syfte med planen"),
                       Block(BlockKind.PARAGRAPH, "Vad ska planen åstadkomma för just den här "
                             "personen?", Location(line=3), italic=True),
                       heading("Samtycke"),
                       Block(BlockKind.PARAGRAPH, "Hur lämnades samtycket (muntligt/skriftligt) "
                             "och när?", Location(line=5), italic=True))
    assert levels["syfte"] == levels["fragestallningar"] == levels["samtycke"] == "ej_uppfyllt"


def test_a_small_word_opening_the_line_names_nobody_as_holding_the_plan():
    # "Vi" opens the sentence before the lead's: the unit and its town are all there is
    levels = levels_of(
        heading("Överenskommelse"),
        para("Vi som deltog är överens om insatserna ovan. Socialtjänsten Skinnskatteberg har "
             "huvudansvaret för planen."))
    assert levels["huvudansvar"] == "delvis"
    assert levels_of(
        heading("Överenskommelse"),
        para("Vi som deltog är överens om insatserna ovan. Kristina, socialsekreterare på IFO "
             "Skinnskatteberg, har huvudansvaret för planen."))["huvudansvar"] == "uppfyllt"


def test_what_is_to_be_applied_for_or_contacted_does_not_act():
    # "Boendestöd ska sökas", "Försäkringskassan behöver kontaktas" (fresh-75): the word
    # before the passive is what is done, and nobody is named to do it
    plan = plan_of(heading("Insatser"),
                   para("- Boendestöd ska sökas, två gånger i veckan från maj.", list_item=True),
                   para("- Försäkringskassan behöver kontaktas om sjukpenningen i april.",
                        list_item=True))
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["ansvar"] == "ej_uppfyllt"


def test_the_person_is_the_one_the_person_field_names_not_the_coordinator_named_more_often():
    # a follow-up where the coordinator signs every arrangement: "Sara" is written more
    # often than "Lina", but the person field says whom the plan is about
    plan = plan_of(
        para("Person: Lina, 45 år"),
        heading("Deltagare"), para("Lina, Sara, Jonas, Hanna"),
        heading("Linas synpunkter"),
        para("Lina deltog på mötet. Hon tycker att samtalen hjälper och vill fortsätta med "
             "samma kurator."),
        heading("Huvudansvar"),
        para("Sara, sjuksköterska och samordnare, Psykiatriska öppenvårdsmottagningen."),
        heading("Nästa uppföljning"),
        para("2025-06-03. Sara skickar kallelse. Sara bokar rum. Sara ringer Jonas."))
    assert plan.subject_pattern().pattern == r"(?<!\w)Lina(?!\w|:\w)"
    assert {r.id: r.level for r in assess(plan, checklist_named())}["delaktighet"] == \
        "uppfyllt"


def test_a_table_of_the_plans_parts_with_a_part_column_and_titles_across_it():
    # the whole plan one table, "Del | Vad vi kom fram till | Vem | Klart när", a title
    # across it over the measures: each row is a part, each measure in the measures' part
    plan = plan_of(table(
        ["Del", "Vad vi kom fram till", "Vem", "Klart när"],
        ["Syfte", "Syftet är att Samir ska kunna bo kvar i sin lägenhet.", "", ""],
        ["Insatser – vem gör vad och när"],
        ["Insats 1", "Boendestöd två gånger i veckan.", "Boendestöd Öster, Malmö stad",
         "Från 2025-03-25"],
        ["Uppföljning", "Planen följs upp på ett nytt SIP-möte.", "Amir", "September 2025"],
        ["Deltagare", "Amir, sjuksköterska, Psykosmottagningen Malmö\nJohanna, "
         "socialsekreterare, IFO Malmö", "", ""]))
    assert section_texts(plan, "participants") == [
        "Amir, sjuksköterska, Psykosmottagningen Malmö",
        "Johanna, socialsekreterare, IFO Malmö"]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert (levels["uppfoljning"], levels["deltagare"], levels["insatser"]) == (
        "delvis", "uppfyllt", "uppfyllt")


def test_a_plan_written_as_a_conversation_is_read_by_the_questions_not_the_speaker():
    # "Samordnaren:" before every question names who asks, not the plan's coordinator:
    # each answer belongs to the part its question asks about
    plan = plan_of(
        heading("Min plan – SIP"),
        para("Samordnaren: Hur har du det just nu?"),
        para("– Det är mycket bråk hemma och jag har skolkat en del sedan påsk."),
        para("Samordnaren: Vem håller ihop det här?"),
        para("– Socialtjänsten gör det, sa vi."),
        para("Samordnaren: När ses vi igen?"),
        para("– Efter sommarlovet, i slutet av augusti när skolan har börjat."))
    assert section_texts(plan, "follow_up") == [
        "– Efter sommarlovet, i slutet av augusti när skolan har börjat."]
    assert {r.id: r.level for r in assess(plan, checklist_named())}["uppfoljning"] == "delvis"


def test_a_spreadsheets_plan_under_its_title_rows_is_read_part_by_part():
    # a plan kept in a spreadsheet: its title and a note in rows of one cell, then "Del |
    # Innehåll | Ansvarig | Datum", each measure a row "Insats | what | who | day"
    plan = plan_of(table(
        ["Samordnad individuell plan (SIP) – Skövde kommun"],
        ["Planen förs i Excel på avdelningen."],
        ["Del", "Innehåll", "Ansvarig", "Datum"],
        ["Syfte", "Att B. ska kunna bo kvar hemma efter höftfrakturen.", "", ""],
        ["Insats", "Trygghetslarm installeras före hemgång.", "Trygghetsenheten, Skövde kommun",
         "2025-05-09"],
        ["Insats", "Suturtagning i hemmet.", "Distriktssköterska, Vårdcentralen Hentorp",
         "2025-05-12"]))
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert (levels["insatser"], levels["ansvar"]) == ("uppfyllt", "uppfyllt")


def test_a_ticked_item_of_a_checklist_of_the_parts_is_that_parts_content():
    # "- [x] Syfte: …" in a Markdown checklist of the parts: ticked, the part was gone
    # through and its value is what the plan says; unticked and empty, it says nothing
    plan = plan_of(para("[x] Frågeställningar: Ska Alex söka daglig verksamhet efter "
                        "studenten i juni, eller vill han prova praktik först?",
                        list_item=True),
                   para("[ ] Huvudansvarig: –", list_item=True),
                   para("[x] Deltagare: LSS-handläggare, kurator, psykolog, mamma, Alex",
                        list_item=True))
    assert section_texts(plan, "questions") == [
        "Ska Alex söka daglig verksamhet efter studenten i juni, eller vill han prova "
        "praktik först?"]
    assert section_texts(plan, "lead") == []
    assert section_texts(plan, "participants") == [
        "LSS-handläggare, kurator, psykolog, mamma, Alex"]
