"""Exports, numbered forms and follow-up documents, read as an expert reads them: a form's
numbered questions with the answers below them, an e-service's keys in small letters, a
bold run-in heading, small tables per actor, measures listed as bullets in one box, the
old plan quoted with the day of each comment.

Each test is a layout a fresh batch of plans showed, in a few lines.
"""

from __future__ import annotations

from helpers import checklist_named, heading, para, plan_of, section_texts, table

from sipcheck.documents import read_document
from sipcheck.engine import assess
from sipcheck.language.sentences import logical_lines
from sipcheck.sections import find_sections


def levels_of(*blocks) -> dict[str, str]:
    return {r.id: r.level for r in assess(plan_of(*blocks), checklist_named())}


def read_txt(tmp_path, text: str):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return find_sections(read_document(path), checklist_named().vocabulary())


def test_a_forms_numbered_questions_are_headings_with_their_answers_below(tmp_path):
    plan = read_txt(tmp_path, (
        "1. Vad är syftet med mötet?\n     Att samordna stödet kring P:s återgång i arbete.\n\n"
        "2. Vad vill du själv uppnå? (Skriv med dina egna ord)\n"
        '     "Jag vill orka gå tillbaka till jobbet på lagret."\n\n'
        "3. Hur har du varit med i planeringen, och vad tycker du?\n"
        "     P. deltog på hela mötet och vill ha en enda kontakt.\n\n"
        "4. När ska planen följas upp?\n     2025-05-06 på vårdcentralen.\n"))
    assert section_texts(plan, "goals") == ['"Jag vill orka gå tillbaka till jobbet på lagret."']
    assert section_texts(plan, "participation") == [
        "P. deltog på hela mötet och vill ha en enda kontakt."]
    assert section_texts(plan, "follow_up") == ["2025-05-06 på vårdcentralen."]


def test_numbered_questions_for_the_meeting_stay_questions():
    # under "Frågeställningar" a numbered question is one of the meeting's questions, even
    # when its words name a part ("Vem ska ha huvudansvaret …?")
    plan = plan_of(heading("Frågeställningar"),
                   para("1. Hur ska K. komma tillbaka till skolan efter jullovet?", list_item=True),
                   para("2. Vem hjälper K. med sömnen och dygnsrytmen, VC eller VUP?",
                        list_item=True))
    assert len(section_texts(plan, "questions")) == 2


def test_an_exports_keys_in_small_letters_open_their_parts():
    # (the text reader has taken the indentation away)
    lines = logical_lines("- aktör: J. (bror)\nnär: varje söndag\nhuvudansvar:\n"
                          "organisation: Socialtjänsten Köping\nuppföljning:\n"
                          "datum: 2025-02-11")
    assert lines == ["- aktör: J. (bror) när: varje söndag",
                     "huvudansvar: organisation: Socialtjänsten Köping",
                     "uppföljning: datum: 2025-02-11"]
    # a label wrapped over two lines is still one label
    assert logical_lines("Den enskildes synpunkter och\nönskemål:") == [
        "Den enskildes synpunkter och önskemål:"]


def test_a_bold_run_in_heading_names_its_paragraph():
    plan = plan_of(para("Syfte. Mötet hölls för att samordna stödet till Robin efter "
                        "att han insjuknade i psykos."),
                   para("Uppföljning. Planen följs upp 2025-03-11 på Vuxenpsykiatrin Köping."),
                   para("Uppföljning planeras v. 49."))
    assert section_texts(plan, "purpose") == [
        "Mötet hölls för att samordna stödet till Robin efter att han insjuknade i psykos."]
    assert "Planen följs upp 2025-03-11 på Vuxenpsykiatrin Köping." in \
        section_texts(plan, "follow_up")
    # "v." is an abbreviation, no run-in heading: the week stays with its sentence
    assert "Uppföljning planeras v. 49." in [line.full for line in plan.value_lines()]


def test_a_table_per_actor_keeps_who_and_when_with_its_measure():
    levels = levels_of(heading("Insatser"),
                       table(["Skolan"], ["Insats", "Elevassistent i klassrummet."],
                             ["Ansvarig", "Rektor, Ekbackens skola"], ["När", "Från 2024-09-16."]),
                       table(["BUP"], ["Insats", "Neuropsykiatrisk utredning."],
                             ["Ansvarig", "Psykolog, BUP Västerås"],
                             ["När", "Första besök 2024-10-08."]))
    assert levels["ansvar"] == "uppfyllt"


def test_measures_listed_as_bullets_in_one_box_are_each_a_measure():
    # one of them has no time: not every measure says who and when
    levels = levels_of(heading("Vem gör vad – och när?"),
                       table(["• Mentor, Kungsängsskolan: anpassat schema, från 2025-02-03.\n"
                              "• BUP Västerås: KBT mot ångest varannan vecka från 2025-02-10.\n"
                              "• Socialtjänsten Sala: familjestöd hemma."]))
    assert levels["ansvar"] == "delvis"


def test_a_measures_table_under_a_title_across_it_is_read_by_its_header():
    levels = levels_of(heading("Behov och insatser"),
                       table(["Plan per behovsområde"],
                             ["Behov", "Mål", "Insats", "Ansvarig", "Tidsplan"],
                             ["Boende", "Eget boende", "Utredning om träningslägenhet",
                              "IFO Västerås, socialsekreterare", "Beslut senast 2025-02-28"],
                             ["Sömn", "Sova bättre", "Läkarbedömning av sömnen",
                              "Läkare, Vårdcentralen Skultuna", "2025-01-28"]))
    assert levels["insatser"] == "uppfyllt" and levels["ansvar"] == "uppfyllt"


def test_a_timeline_of_marked_weeks_gives_each_measure_its_weeks():
    # a Gantt table in Word: the weeks' digits do not make its header a row of values, and
    # the marks under "v. 10" … are when each measure runs
    levels = levels_of(heading("Insatser"),
                       table(["Insats", "Ansvarig", "v. 10", "v. 11", "v. 12"],
                             ["Läkarbesök med läkemedelsuppföljning",
                              "Psykosmottagningen Halmstad, läkare", "■", "", "■"],
                             ["Boendestöd med post och inköp",
                              "Socialpsykiatrin Halmstad, boendestödjare", "", "■", "■"]))
    assert levels["ansvar"] == "uppfyllt"


def test_a_list_of_people_goes_on_over_the_line_break_until_its_semicolon():
    levels = levels_of(para("Deltagare: E. (den enskilde); Linnea, behandlare, "
                            "Beroendemottagningen Sala; Johan, socialsekreterare, Ungdomsenheten"
                            "\nSala; Maja, skolkurator, Kungsängsgymnasiet Sala."))
    assert levels["deltagare"] == "uppfyllt"


def test_a_wrapped_list_of_people_is_read_entry_by_entry_over_all_its_lines(tmp_path):
    # a text export's field wrapped at 70 columns: "Region" / "Västmanland;" is one unit
    plan = read_txt(tmp_path, (
        "DELTAGARE:            Helena (den enskilde); Maria, socialsekreterare,\n"
        "                      Vuxenenheten IFO Hallstahammars kommun; Peter,\n"
        "                      sjuksköterska, Beroendemottagningen Västerås, Region\n"
        "                      Västmanland; Johan, distriktsläkare, Vårdcentralen\n"
        "                      Hallstahammar, Region Västmanland\n"))
    assert {r.id: r.level for r in assess(plan, checklist_named())}["deltagare"] == \
        "uppfyllt"


def test_a_units_last_word_wrapped_before_the_next_person_ends_the_entry():
    # a printed cell, a person a sentence: "Beroendemottagningen" / "Köping. Jonas, …"
    levels = levels_of(table(["Deltagare", (
        "Patienten. Emma, kontaktsjuksköterska, Psykosmottagningen Köping. Kim, behandlare, "
        "Beroendemottagningen\nKöping. Jonas, boendestödjare, Socialpsykiatrin Köpings "
        "kommun.")]))
    assert levels["deltagare"] == "uppfyllt"


def test_a_fixed_width_exports_numbered_measures_with_dotted_leaders_are_measures(tmp_path):
    # "Insats 1............: Daglig vägning …": a label numbered after its word, its dotted
    # leader and a colon; the measure's own fields indented below it
    plan = read_txt(tmp_path, (
        "Den enskildes mål...:\n"
        "------------------------------------------------------------\n"
        "Insats 1............: Daglig vägning vid hemtjänstens morgonbesök.\n"
        "  Ansvarig..........: Undersköterskor, Hemtjänst Vivalla, Örebro kommun\n"
        "  Start.............: 2025-02-06\n"
        "Insats 2............: Hembesök av distriktssköterska en gång i veckan.\n"
        "  Ansvarig..........: Distriktssköterska, Vårdcentralen Vivalla\n"
        "  Start.............: 2025-02-10\n"))
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["enskildes_mal"] == "ej_uppfyllt"
    assert levels["insatser"] == "uppfyllt" and levels["ansvar"] == "uppfyllt"


def test_a_grid_tables_rows_are_its_cells_wrapped_between_the_borders(tmp_path):
    # a text export's measures as a grid table ("+----+----+", each row's cells wrapped over
    # the lines between two borders) under a heading in capitals (fresh-98): each row one
    # measure with its who and when, the heading no header of the table
    plan = read_txt(tmp_path, (
        "INSATSER\n"
        "+------------------------------+----------------------+--------------+\n"
        "| Insats                       | Ansvarig             | När          |\n"
        "+==============================+======================+==============+\n"
        "| Anpassad skolgång: kortare   | Mentor och           | Från         |\n"
        "| dagar, eget arbetsrum i      | specialpedagog,      | 2025-01-13   |\n"
        "| studiehallen                 | Klosterskolan        |              |\n"
        "+------------------------------+----------------------+--------------+\n"
        "| KBT mot ångest, ca 10 samtal | Psykolog, BUP Lund   | Start        |\n"
        "|                              |                      | 2025-01-21   |\n"
        "+------------------------------+----------------------+--------------+\n"))
    [table_view] = [view for section in plan.sections for view in section.tables]
    assert table_view.header == ["Insats", "Ansvarig", "När"]
    assert [cell.text for cell in table_view.rows[0]] == [
        "Anpassad skolgång: kortare dagar, eget arbetsrum i studiehallen",
        "Mentor och specialpedagog, Klosterskolan", "Från 2025-01-13"]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["insatser"] == "uppfyllt" and levels["ansvar"] == "uppfyllt"


def test_an_e_mail_that_answers_under_each_quoted_question_is_read_by_them(tmp_path):
    # a reply that quotes the questions it was sent and answers under each (fresh-98):
    # each quoted question heads its answer, the sender's own words above it are no heading
    plan = read_txt(tmp_path, (
        "Hej Mikael! Här kommer en sammanfattning av SIP:en i går.\n\n"
        "> Hej, jag kunde inte vara med i går.\n> Var L. själv med och vad tycker hon?\n\n"
        "Ja, L. var med hela mötet.\n\n"
        "> Finns det fler som ska göra något, t.ex. anhöriga eller FK?\n\n"
        "Ja:\n"
        "- L:s bror Per kör henne till mottagningen 2025-01-29.\n"
        "- L. själv ansöker om sjukpenning hos Försäkringskassan senast 2025-01-31.\n"))
    headings = [section.heading for section in plan.sections]
    assert "Var L. själv med och vad tycker hon?" in headings
    assert "Finns det fler som ska göra något, t.ex. anhöriga eller FK?" in headings
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["andra_aktorer"] == "uppfyllt"


def test_a_case_systems_export_written_as_yaml_is_read_key_by_key(tmp_path):
    # "syfte: >" over its folded text, "insatser:" over "- insats: …" items with their own
    # keys, "uppföljning:" over "datum: …" (fresh-100): each key its field, each item a
    # measure with its who and when, the follow-up's day under its heading
    plan = read_txt(tmp_path, (
        "# Export från verksamhetssystem\n"
        "plan:\n  id: SIP-2025-0042\n  status: fastställd\n"
        "  syfte: >\n    Planen ska samordna hemtjänst och rehabilitering efter hemgång så\n"
        "    att Sven kan bo kvar i sin lägenhet.\n"
        "  insatser:\n"
        "    - insats: Hemtjänst morgon och kväll, hjälp med personlig hygien\n"
        "      ansvarig: Hemtjänsten Hudiksvall centrum, enhetschef\n"
        "      start: 2025-01-10\n"
        "    - insats: Hemrehabilitering, gångträning tre gånger per vecka\n"
        "      ansvarig: Kommunrehab Hudiksvall, fysioterapeut\n"
        "      start: 2025-01-13\n"
        "  uppföljning:\n    datum: 2025-02-05\n    form: hembesök hos Sven\n"))
    assert section_texts(plan, "purpose") == [
        "Planen ska samordna hemtjänst och rehabilitering efter hemgång så att Sven kan bo "
        "kvar i sin lägenhet."]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert (levels["ansvar"], levels["uppfoljning"]) == ("uppfyllt", "uppfyllt")


def test_label_lines_with_some_set_in_are_no_yaml(tmp_path):
    # a record print's "Label: value" lines, some set in under a measure, are read as
    # before: capitals, and no key over keys set in below it
    plan = read_txt(tmp_path, "".join(f"{label}: {value}\n" for label, value in (
        ("Brukare", "Gösta, 81 år"), ("Plats", "Göstas hem, Norberg"),
        ("Syfte", "Att Gösta kan bo kvar hemma."), ("Samtycke", "Finns sedan tidigare"),
        ("Åtgärd 1", "Stöd i hemmet vid behov"), ("  Ansvarig", "Hemtjänsten Norberg"),
        ("  Tidpunkt", "Pågående"), ("Åtgärd 2", "Kontakt med rehab"),
        ("  Ansvarig", "Rehab Norberg"), ("Uppföljning", "2025-09-10"))))
    assert section_texts(plan, "purpose") == ["Att Gösta kan bo kvar hemma."]
    assert all(section.form != "heading" for section in plan.sections)


def test_a_line_underlined_as_long_as_it_is_a_heading_however_it_is_worded(tmp_path):
    # setext headings in plain text (fresh-101): "Gunnars egen syn" over "-----" is the
    # heading of his view, no line of the questions above it; a rule across the page under
    # a field ("UPPFÖLJNING...: 2024-12-16 …") is a rule, the field stays a field
    plan = read_txt(tmp_path, (
        "Frågeställningar\n----------------\nDiskutera läget inför hemgång.\n\n"
        "Gunnars egen syn\n----------------\nGunnar vill hem och inte till korttidsboende.\n\n"
        "UPPFÖLJNING...: 2024-12-16 kl 10.00, Psykiatriska mottagningen Karlskrona.\n"
        "----------------------------------------------------------------------------\n"))
    assert [section.heading for section in plan.sections if section.form == "heading"] == [
        "Frågeställningar", "Gunnars egen syn"]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert (levels["fragestallningar"], levels["uppfoljning"]) == ("delvis", "uppfyllt")


def test_a_definition_lists_long_term_is_a_measure_with_its_fields(tmp_path):
    # "Öppenvårdsbehandling … en gång per vecka" over ": Ansvarig: …. När: …": the term is
    # the measure, not a label of its own ending in a colon
    path = tmp_path / "plan.md"
    path.write_text("## Insatser\n\n"
                    "Öppenvårdsbehandling med återfallsprevention, en gång per vecka\n"
                    ": Ansvarig: behandlare, Beroendecentrum Landskrona. När: tisdagar från "
                    "2025-02-25.\n", encoding="utf-8")
    plan = find_sections(read_document(path), checklist_named().vocabulary())
    lines = [line for section in plan.sections if section.id == "interventions"
             for line in section.lines if not line.heading]
    assert [line.full for line in lines] == [
        "Öppenvårdsbehandling med återfallsprevention, en gång per vecka: Ansvarig: "
        "behandlare, Beroendecentrum Landskrona. När: tisdagar från 2025-02-25."]


def test_the_day_a_comment_was_written_is_no_content_of_it():
    # a follow-up quoting the old plan: "Samtycke finns." is only mentioned, whatever day
    # the quote and the comment carry
    levels = levels_of(heading("Samtycke"),
                       para("Ur planen 2024-03-05: ”Samtycke finns.”"),
                       para("Kommentar 2024-06-04: Gäller fortfarande."))
    assert levels["samtycke"] == "delvis"


def test_a_dotted_leader_joins_a_label_to_the_value_on_its_line():
    plan = plan_of(para("Syfte med mötet ............ Att G. ska kunna bo kvar hemma med "
                        "hemtjänst och trygghetslarm."),
                   para("Samtycke ......................................."),
                   para("Datum ...................... Sammankallande ......................"))
    assert section_texts(plan, "purpose") == [
        "Att G. ska kunna bo kvar hemma med hemtjänst och trygghetslarm."]
    # a field left empty, and two of them on one line, are form
    assert section_texts(plan, "consent") == []
    assert not any("Sammankallande" in line.full for line in plan.value_lines())


def test_a_day_broken_at_its_hyphen_is_one_day():
    assert logical_lines("blodtryck 2025-03-\n18.") == ["blodtryck 2025-03-18."]


def test_a_text_message_wrapped_at_thirty_characters_keeps_its_measures_whole(tmp_path):
    plan = read_txt(tmp_path, (
        "Hej Sara! Här är det vi bestämde\npå mötet i dag (12/11):\n\n"
        "Mötet var en SIP, alltså\nsamordning av ditt stöd.\n\n"
        "1. Du börjar kl 10 varje dag\nfrån måndag 18/11. Mentorn\nJohan fixar schemat.\n\n"
        "2. Kuratorn Jessica träffar dig\nvarje torsdag kl 13 från v. 47.\n\n"
        "Vi ses igen efter jullovet,\njag skickar en kallelse.\n\n"
        "Hör av dig om något blev fel!\n/Maria, elevhälsan\n"))
    texts = [line.text for line in plan.value_lines()]
    assert "Du börjar kl 10 varje dag från måndag 18/11. Mentorn Johan fixar schemat." in texts
    assert "Kuratorn Jessica träffar dig varje torsdag kl 13 från v. 47." in texts


def test_measures_listed_under_their_party_one_level_in_have_that_party_as_who():
    levels = levels_of(heading("Vem gör vad"),
                       para("BUP Västerås", list_item=True),
                       para("Läkarbesök om ADHD-medicinering 2025-03-04", list_item=True),
                       para("Samtal om sömn varannan vecka från v. 12", list_item=True),
                       para("Ungdomsenheten IFO Västerås", list_item=True),
                       para("Familjebehandling en gång i veckan från v. 9", list_item=True))
    assert levels["ansvar"] == "uppfyllt"


def test_a_decision_letter_after_an_address_block_is_no_plan(tmp_path):
    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths
    path = tmp_path / "beslut.txt"
    path.write_text("Datum: 2024-05-16\nDnr: SN 2024/XXX\n\nElsa\nÅÅMMDD-XXXX\nNorberg\n\n"
                    "Beslut om bistånd\n\nDu beviljas hemtjänst två gånger om dagen från "
                    "2024-05-20.\n", encoding="utf-8")
    found = review_paths([path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    problems = [p["code"] for p in found["plans"][0].get("problems", [])]
    assert "not_a_plan" in problems


def test_a_local_agreement_on_sip_named_by_a_compound_is_no_plan(tmp_path):
    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths
    path = tmp_path / "overenskommelse.txt"
    path.write_text("Samverkansöverenskommelse om samordnad individuell plan (SIP)\n\n"
                    "1. Bakgrund och syfte\nKommunen och regionen ska upprätta en SIP när "
                    "den enskilde behöver insatser från båda.\n\n3. Ansvar\nDen verksamhet "
                    "som först ser behovet kallar till SIP.\n", encoding="utf-8")
    found = review_paths([path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    problems = [p["code"] for p in found["plans"][0].get("problems", [])]
    assert "not_a_plan" in problems


def test_a_picture_described_in_brackets_is_no_text_of_the_plan():
    # an easy-read plan puts a picture before each part, described in brackets: no words
    # of the purpose
    levels = levels_of(para("[bild: pusselbitar]"), para("Varför har vi möte?", bold=True),
                       para("Alla som hjälper dig ska samarbeta.\nDet heter SIP."),
                       para("[bild: frågetecken]"), para("Det här pratar vi om", bold=True))
    assert levels["syfte"] == "delvis"


def test_a_staff_checklist_before_the_meeting_is_no_plan(tmp_path):
    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths
    path = tmp_path / "checklista.txt"
    path.write_text("Checklista inför SIP-möte\n\n- Samtycke inhämtat\n- Kallelse skickad "
                    "till alla deltagare\n- Rum bokat\n- Syfte och frågeställningar "
                    "formulerade\n", encoding="utf-8")
    found = review_paths([path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    problems = [p["code"] for p in found["plans"][0].get("problems", [])]
    assert "not_a_plan" in problems


def test_labels_in_a_column_of_their_own_hold_the_values_wrapped_beside_them(tmp_path):
    # a text export with the labels in capitals in a column and every value starting at
    # one column, wrapped under it (fresh-70); a label wrapped in its column ("Samtycke
    # (muntligt/skriftligt," over "datum):") is one label, here of an empty field
    col = " " * 24
    plan = read_txt(tmp_path, (
        "PATIENT                 Gustav, ÅÅMMDD-XXXX\n"
        "MÖTESDATUM              2025-03-06 kl. 10.00\n"
        "SYFTE                   Planera så att Gustav kan skrivas ut från avdelning 11\n"
        f"{col}till sitt hus i Kramfors och bo kvar hemma.\n"
        "FRÅGESTÄLLNINGAR        Diskutera läget inför hemgång.\n"
        "Samtycke (muntligt/\n"
        "skriftligt, datum):     ______________\n"
        "HUVUDANSVAR\n"
        "UPPFÖLJNING             Uppföljning av SIP ca tre veckor efter hemkomst.\n"))
    assert section_texts(plan, "purpose") == [
        "Planera så att Gustav kan skrivas ut från avdelning 11 till sitt hus i Kramfors och "
        "bo kvar hemma."]
    assert section_texts(plan, "questions") == ["Diskutera läget inför hemgång."]
    assert section_texts(plan, "consent") == []
    assert section_texts(plan, "lead") == []
    assert section_texts(plan, "follow_up") == [
        "Uppföljning av SIP ca tre veckor efter hemkomst."]


def test_a_spreadsheet_of_labels_and_values_saved_as_text_is_a_form(tmp_path):
    # "Fält;Värde" and a "label;value" line per field (fresh-75), the value's line breaks
    # written " / " after a sentence or before a numbered item
    plan = read_txt(tmp_path, (
        "Fält;Värde\nDokumenttyp;Samordnad individuell plan (SIP)\nNamn;Elias\n"
        "Syfte;Elias ska få samordnat stöd för att sluta använda cannabis.\n"
        "Insatser;1) Urinprov varje vecka - Beroendemottagningen Gällivare / 2) Samtal med "
        "kurator / god man varannan vecka\nUppföljning;2025-06-10\n"))
    assert section_texts(plan, "purpose") == [
        "Elias ska få samordnat stöd för att sluta använda cannabis."]
    assert section_texts(plan, "interventions") == [
        "1) Urinprov varje vecka - Beroendemottagningen Gällivare",
        "2) Samtal med kurator / god man varannan vecka"]
    assert section_texts(plan, "follow_up") == ["2025-06-10"]


def test_an_export_s_dotted_keys_are_labels_and_a_backslash_goes_on(tmp_path):
    # "plan.syfte = …" with a value continued after " \" (fresh-77): the key without the
    # name of the whole is the label, and the value is one
    plan = read_txt(tmp_path, (
        "plan.id = SIP-2025-0142\nplan.person.namn = J.\n"
        "plan.syfte = Att samordna behandlingen av J:s beroende med \\\n"
        "psykiatrins utredning av ADHD.\n"
        "plan.fragestallningar = Diskutera läget.\nplan.uppfoljning = vecka 24\n"))
    assert section_texts(plan, "purpose") == [
        "Att samordna behandlingen av J:s beroende med psykiatrins utredning av ADHD."]
    assert section_texts(plan, "follow_up") == ["vecka 24"]


def test_a_journal_print_whose_first_entry_tells_of_a_report_is_still_a_plan(tmp_path):
    # a record's print of every note, the SIP meeting among them (fresh-70): the first
    # entry's sentence "Orosanmälan inkommen …" tells what happened; it is no title
    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths
    path = tmp_path / "journal.txt"
    path.write_text(
        "JOURNALUTSKRIFT\n\n2025-02-10 09:40  Anteckning  Socialsekreterare\n"
        "Orosanmälan inkommen 2025-02-06 från rektor på skolan gällande E., 13 år, som har "
        "haft hög frånvaro sedan november.\n\n2025-03-11 13:00  SIP-möte  Socialsekreterare\n"
        "Syfte: E. ska komma tillbaka till skolan.\nInsatser: Kuratorn träffar E. varje "
        "måndag från v. 12.\nUppföljning: 2025-05-13.\n", encoding="utf-8")
    found = review_paths([path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    problems = [p["code"] for p in found["plans"][0].get("problems", [])]
    assert "not_a_plan" not in problems
    path.write_text("Orosanmälan\n\nInkommen 2025-02-06 från rektor på skolan.\n",
                    encoding="utf-8")
    found = review_paths([path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    assert "not_a_plan" in [p["code"] for p in found["plans"][0].get("problems", [])]


def test_documents_that_go_with_a_sip_are_no_plans(tmp_path):
    """A consent form belongs to a SIP, a request asks for one, a leaflet tells what a SIP
    is, the notes of a coordinated discharge planning (SVPL) are the ward's and home care's,
    an investigation's summary may recommend one, a routine says how one is made, an
    incident report tells of a meeting that failed, a statement to a court may mention one,
    a note of a phone call or a reply to a referral may suggest one, a school's action
    programme is a plan under another law, a debt counsellor's action plan and a patient's
    crisis plan a unit's own and an application asks for a decision, a school's attendance
    report and a doctor's medication review are theirs, a relatives' group's notes and a
    unit's newsletter and a job description are about no one, nor are a county's review of
    many plans, a course's training case, a questionnaire after the meeting ("vad tyckte
    du?") and a county's contact list of coordinators, nor an order to home care and a
    handover to a colleague, nor a parent's own notes before the meeting and a home care's
    daily note about a visit, nor a case brought to a consultation team for advice and a
    training day's programme; a self-care assessment is health care's and a repayment plan
    one about money, a school's development plan is the school's, the notes of a school's
    pupil health meeting and a school's written input before a meeting are the school's own,
    a decision letter answers an application, a funding application is about a project,
    Försäkringskassan's reconciliation meeting is theirs, and a ward's discharge letter and
    its notice of an admission are the ward's; none is a plan, also when the form's printed
    header names SIP ("Blankett SIP 2"). A plan that opens with its consent field and its
    value is still a plan, and so is the plan a discharge planning gives ("Samordnad
    vårdplanering – utskrivning"), a discharge planning, an action programme or an action
    plan that calls itself a SIP, and an agreement between the person and the units that is
    the plan itself."""
    import docx

    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths

    def document(name: str, header: str, *lines: str):
        made = docx.Document()
        made.sections[0].header.paragraphs[0].text = header
        for line in lines:
            made.add_paragraph(line)
        made.save(tmp_path / name)

    document("samtycke.docx", "Surahammars kommun · Blankett SIP 2",
             "Samtycke till samordnad individuell plan (SIP)",
             "Jag samtycker till att följande verksamheter får lämna uppgifter om mig:",
             "☒ Socialtjänsten", "☒ Vårdcentralen", "Datum: 2025-01-10")
    document("broschyr.docx", "Kungsörs kommun", "Vad är en SIP?",
             "Information till dig som får stöd från både kommunen och regionen.",
             "Vad står i planen?", "Vem som gör vad och när, och när planen följs upp.")
    document("begaran.docx", "Umeå kommun", "Begäran om samordnad individuell plan (SIP)",
             "Den som begär: mamma", "Verksamheter som bör bjudas in: ☒ Skolan ☒ BUP",
             "Samtycke: ☒ Ja")
    document("svpl.docx", "Lasarettet i Motala", "ANTECKNING SAMORDNAD VÅRDPLANERING",
             "Möte: 2025-02-05 kl. 10.30", "Hemtjänst fyra besök per dag från 2025-02-06.")
    document("vardplanering.docx", "Region Kalmar län · Cosmic",
             "Samordnad vårdplanering – utskrivning",
             "Planerade insatser: Hemtjänst morgon och kväll från 2025-09-12, "
             "Hemtjänst Oskarshamn centrum.", "Huvudansvarig: Sofie, sjuksköterska, avd. 3")
    document("anteckningar.docx", "", "Mina anteckningar inför SIP-mötet 12 mars",
             "Det jag vill ta upp", "Att vi har väntat på BUP Katrineholm sedan i oktober.")
    document("daganteckning.docx", "Sollefteå kommun – Vård och omsorg",
             "Social dokumentation – hemtjänst, daganteckning",
             "Morgonbesök. Hjälpte henne med dusch och påklädning.",
             "Hon berättade om SIP-mötet förra veckan.")
    document("konsultation.docx", "Länsgemensamt samverkansteam barn och unga",
             "Konsultationsärende – samverkansteam barn", "Frågan till teamet",
             "Hur kan vi samordna stödet? En SIP kan behövas.")
    document("utbildningsdag.docx", "Kommunförbundet Skåne • Region Skåne",
             "Utbildningsdag: SIP för chefer i Skåne", "Datum: torsdag 2025-10-09",
             "09.30 Vad säger lagen om SIP?")
    document("egenvard.docx", "Vårdcentralen Järna", "Egenvårdsbedömning",
             "Bedömning av om en hälso- och sjukvårdsåtgärd kan utföras som egenvård")
    document("avbetalning.docx", "Budget- och skuldrådgivningen", "Avbetalningsplan – hyresskuld",
             "Överenskommelse mellan hyresgäst, hyresvärd och budget- och skuldrådgivningen",
             "Hyresgästen betalar 1 500 kr per månad från 2025-06-25.")
    document("forhandsbedomning.docx", "Sölvesborgs kommun – Socialförvaltningen",
             "Förhandsbedömning", "Anmälans innehåll", "Skolsköterskan anmäler oro för W.")
    document("utredning.docx", "Socialförvaltningen · Barn och unga",
             "Sammanfattning av utredning enligt 11 kap. 1 § SoL",
             "Bedömning: en SIP bör hållas med skolan och BUP.")
    document("rutin.docx", "Region Jönköpings län", "Samverkansrutin för SIP i Jönköpings län",
             "Steg 1: Den som ser behovet kallar till SIP-möte inom två veckor.")
    document("avvikelse.docx", "Torsby kommun", "AVVIKELSERAPPORT",
             "Händelse: SIP-mötet 2025-03-04 ställdes in när psykiatrin inte kom.")
    document("yttrande.docx", "LANDSKRONA STAD Socialförvaltningen YTTRANDE",
             "Förvaltningsrätten i Malmö", "Mål nr 1234-25",
             "Socialnämnden har tidigare försökt frivilliga insatser, bland annat en SIP.")
    document("halsoplan.docx", "Elevhälsan", "HÄLSOPLAN",
             "Syfte: Att eleven ska klara sin diabetes under skoldagen.",
             "Insatser: Skolsköterskan går igenom insulinschemat med personalen varje termin.",
             "Huvudansvarig: Skolsköterska, Elevhälsan Söderköping",
             "Uppföljning: 2025-09-01")
    document("telefon.docx", "VAS – Hälsocentralen Kalix", "Journalanteckning – telefonsamtal",
             "Syfte: Att boka ett SIP-möte med dottern och hemtjänsten.",
             "Åtgärd: Distriktssköterskan ringer hemtjänsten 2025-04-10.",
             "Ansvarig: Distriktssköterska, Hälsocentralen Kalix")
    document("remissvar.docx", "Region Skåne · BUP Kristianstad", "REMISSVAR",
             "Remissens frågeställning: ångest och skolfrånvaro.",
             "Rekommendation: att skolan kallar till en SIP med BUP och socialtjänsten.")
    document("atgardsprogram.docx", "Sandvikens kommun · Barn- och utbildningsförvaltningen",
             "Åtgärdsprogram", "Enligt 3 kap. 9 § skollagen (2010:800)",
             "Åtgärder: Specialpedagogiskt stöd i läsning från 2025-09-29.",
             "Ansvarig: Mentor", "Uppföljning: 2025-12-10")
    document("atgardsprogram-sip.docx", "Surahammars kommun", "ÅTGÄRDSPROGRAM",
             "Används även som SIP (samordnad individuell plan) – beslutat 2024-08-27",
             "Åtgärder: Specialpedagogiskt stöd i läsning från 2025-09-29, mentor.")
    document("handlingsplan.docx", "Kramfors kommun · Budget- och skuldrådgivningen",
             "Handlingsplan – budget- och skuldrådgivning", "Klient: M.",
             "Åtgärd: M. hämtar skuldsammanställningen från Kronofogden senast 2025-02-14.")
    document("ansokan.docx", "TORSBY KOMMUN · Blankett SOC 12", "Ansökan om insats enligt LSS",
             "Ansökan görs av: ☒ Vårdnadshavare", "Insats som söks: ☒ Korttidsvistelse")
    document("inskrivning.docx", "Samverkan vid utskrivning – meddelande",
             "INSKRIVNINGSMEDDELANDE", "Inskrivningsdatum: 2025-05-14",
             "Syfte: Att kommunen ska kunna planera för hemgången.",
             "Insatser: Hemtjänst och hemsjukvård bedöms behövas efter utskrivningen.",
             "Huvudansvarig: Sjuksköterska, avdelning 12",
             "Uppföljning: 2025-05-20")
    document("narvaro.docx", "Höörs kommun – Ringsjöskolan", "Närvarorapport",
             "Period: februari 2025", "Elev: Leo", "Frånvaro: 38 %",
             "Syfte: Att följa upp Leos närvaro varje månad.",
             "Insatser: Mentor ringer hem varje måndag från vecka 10.",
             "Huvudansvarig: Mentor, Ringsjöskolan", "Uppföljning: 2025-03-31")
    document("lakemedel.docx", "Region Uppsala – Vårdcentralen Tierp",
             "Läkemedelsgenomgång – sammanfattning", "Patient: Ingrid, 88 år",
             "Syfte: Att minska risken för fall och förvirring.",
             "Åtgärd: Sjuksköterskan på boendet tar blodtryck varje vecka från 2025-04-07.",
             "Huvudansvarig: Läkare, Vårdcentralen Tierp", "Uppföljning: 2025-06-02")
    document("anhorig.docx", "Anhörigstödet Åmåls kommun", "Minnesanteckningar anhörigträff",
             "Syfte: Att anhöriga ska få träffa andra i samma situation.",
             "Insatser: Anhörigkonsulenten bjuder in en sjuksköterska till nästa träff.",
             "Huvudansvarig: Anhörigkonsulent, Åmåls kommun", "Nästa träff: 2025-10-14")
    document("nyhetsbrev.docx", "Kiruna kommun – Dagliga verksamheten",
             "Nyhetsbrev – Dagliga verksamheten Kiruna", "Syfte: Att berätta vad vi gör.",
             "Insatser: Snickeriet öppnar igen måndag 6 oktober, handledare Jonas.",
             "Uppföljning: nästa nummer i november.")
    document("befattning.docx", "Skellefteå kommun · Socialkontoret",
             "Befattningsbeskrivning – SIP-samordnare",
             "Syfte: Att samordna SIP-arbetet i kommunen.",
             "Uppgifter: Samordnaren kallar till SIP-möten och följer upp planerna varje månad.",
             "Ansvarig: Enhetschef, Socialkontoret", "Uppföljning: 2025-12-01")
    document("granskning.docx", "Region Gävleborg · Rapport 2025:7",
             "Granskning av SIP-planer hösten 2025",
             "Syfte: Att se om planerna i länet håller god kvalitet.",
             "Resultat: 61 % av planerna anger ansvarig och tidpunkt för varje insats.",
             "Ansvarig: Länssamordnare, Region Gävleborg", "Uppföljning: 2026-05-15")
    document("ovningsfall.docx", "Region Blekinge · Utbildningsdag 2, våren 2025",
             "Övningsfall 3 – Elin, 15 år",
             "Syfte: Att öva på att skriva en plan tillsammans.",
             "Insatser: BUP Karlskrona utreder ADHD, klart 2025-05-30.",
             "Frågor: Vilka aktörer bör kallas till mötet?")
    document("utvardering.docx", "Oskarshamns kommun · Gemensam utvärdering",
             "Utvärdering av SIP-mötet", "Mötet hölls: 2025-11-05",
             "Syfte: Att få veta hur du upplevde mötet.",
             "Fick du säga det du ville? ☐ 1 ☐ 2 ☒ 3 ☐ 4 ☐ 5")
    document("tyckte.docx", "Region Dalarna", "Utvärdering av SIP-mötet – vad tyckte du?",
             "Vet du vem som är huvudansvarig? ☒ Ja ☐ Nej: Jonas, socialsekreterare",
             "När är nästa möte? 2025-09-16", "Insatser: boendestöd från 2025-06-16")
    document("bestallning.docx", "NYBRO KOMMUN · Beställning nr 2025-0311",
             "Beställning till utförare – hemtjänst",
             "Syfte: Att Ingrid ska kunna bo kvar hemma.",
             "Insatser: Dusch två gånger i veckan, tisdag och fredag, från 2025-03-17",
             "Ansvarig: Lena, biståndshandläggare, Nybro kommun",
             "Uppföljning: 2025-06-16")
    document("overlamning.docx", "Boendestödet Timrå – internt",
             "Överlämning – boendestöd", "Syfte: Att P. får samma stöd under semestern.",
             "Insatser: Handla med P. måndagar kl. 10, Coop Timrå",
             "Ansvarig: Ida, boendestödjare, Boendestödet Timrå", "Uppföljning: 2025-08-04")
    document("kartlaggning.docx", "Samordningsförbundet Östra Norrbotten · FINSAM",
             "Kartläggning inför arbetsträning",
             "Syfte: Att se vad du behöver inför arbetsträning.",
             "Insatser: Arbetsträning på Returbutiken, tre förmiddagar i veckan",
             "Ansvarig: Lena, arbetskonsulent, Kalix kommun", "Uppföljning: 2025-05-12")
    document("kontaktlista.docx", "Kontaktlista – SIP-samordnare, Stockholms län",
             "Den här listan är till för dig som ska kalla till en SIP.",
             "Huddinge kommun | Socialtjänsten, SIP-samordnare | nås via växeln")
    document("overenskommelse.docx", "Lidköpings kommun · Västra Götalandsregionen",
             "Överenskommelse om samordnad individuell plan (SIP)",
             "mellan D., Lidköpings kommun och Västra Götalandsregionen",
             "§ 1 Syfte: Att D. ska kunna bo kvar hemma efter utskrivningen.",
             "§ 3 Åtaganden: Boendestödet, Lidköpings kommun, kommer två gånger i veckan från "
             "2025-04-07.")
    document("uppfoljning.docx", "Sandvikens kommun", "Uppföljning av SIP",
             "Syfte: Att följa upp planen från mars för K.",
             "Huvudansvarig: Kurator, Psykiatriska öppenvården Sandviken",
             "Insatser: Boendestöd två gånger i veckan från 2025-04-01, Socialpsykiatrin.")
    document("iup.docx", "Ängaskolan, Laholms kommun", "IUP – individuell utvecklingsplan",
             "Mål: Eleven ska läsa flytande.", "Insatser: Specialpedagog läser med eleven "
             "varje tisdag från vecka 36.", "Ansvarig: Mentor, Ängaskolan",
             "Uppföljning: 2025-12-10")
    document("krisplan.docx", "Region Blekinge – Vuxenpsykiatrin Karlshamn", "Min krisplan",
             "Mina tidiga varningstecken", "Jag sover mindre än fem timmar flera nätter.",
             "Det här hjälper mig", "Att ringa min syster och prata om vardagliga saker.")
    document("handlingsplan-sip.docx", "Surahammars kommun", "HANDLINGSPLAN – SIP",
             "Syfte: Att samordna stödet inför hemgång.", "Huvudansvarig: Kurator, BUP Sala",
             "Insatser: Hemtjänst från 2025-01-20, biståndshandläggare Sala kommun.")
    document("ehm.docx", "Huddinge kommun – Elevhälsan", "Anteckningar från elevhälsomöte (EHM)",
             "Närvarande: rektor, kurator, skolsköterska",
             "Beslut: Kurator har samtal med S. varje vecka från v. 48.")
    document("underlag.docx", "Uddevalla kommun · Herrestadsskolan",
             "Underlag inför SIP-möte – från skolan", "Elev: Wilma, åk 5",
             "Vad skolan gör: anpassat schema från 2025-01-13, mentor.")
    document("beslut.docx", "", "[Namn]", "[Adress]", "[Postnummer] Norrköping",
             "Beslut – hemtjänst",
             "Ärende: Ansökan om bistånd i form av hemtjänst.",
             "Beslut: Du beviljas hemtjänst från 2024-10-14.")
    document("utskrivning.docx", "Region Norrbotten · Sunderby sjukhus",
             "Information vid utskrivning", "Dina läkemedel: Furosemid 40 mg morgon.",
             "Återbesök: Hälsocentralen Kiruna 2025-03-31.")
    document("sip-utskrivning.docx", "Region Östergötland",
             "Samordnad vårdplanering – SIP vid utskrivning",
             "Syfte: Att samordna stödet inför hemgång.", "Huvudansvarig: Kurator, avd. 2",
             "Insatser: Hemtjänst från 2025-02-06, biståndshandläggare Motala kommun.")
    document("samverkansrutin.docx", "Sundsvalls kommun · Region Västernorrland",
             "Samverkansöverenskommelse – rutin för SIP i Sundsvall",
             "Rutinen ska ge medarbetare ett gemensamt arbetssätt.")
    document("overrapportering.docx", "Helsingborgs lasarett",
             "ÖVERRAPPORTERING FRÅN SLUTENVÅRDEN TILL HEMSJUKVÅRDEN",
             "Utskrivning: 2025-11-18", "SIP-möte planeras nästa vecka med hemsjukvården.")
    document("arsrapport.docx", "Hultsfreds kommun · Socialförvaltningen",
             "SIP i Hultsfreds kommun 2024 – uppföljning av antal och kvalitet",
             "Under 2024 upprättades 142 samordnade individuella planer (SIP).")
    document("arsrapport2.docx", "Region Kalmar län", "Årsrapport 2024",
             "Antal SIP per verksamhet och hur många som följdes upp i tid.")
    document("kallelse2.docx", "Nyköpings kommun", "Kallelse och dagordning, SIP-möte "
             "2025-05-20", "Till: Rasmus och de verksamheter som anges nedan",
             "Hej! Du kallas härmed till ett möte om samordnad individuell plan (SIP).")
    document("sip-kiruna.docx", "Kiruna kommun", "SIP i Kiruna 2025-03-04",
             "Syfte: Att samordna stödet inför hemgång.", "Huvudansvarig: Kurator, BUP Kiruna",
             "Insatser: Hemtjänst från 2025-03-10, biståndshandläggare Kiruna kommun.")
    document("plan.docx", "Socialtjänsten", "Samtycke till SIP: Ja, muntligt 2025-01-10",
             "Syfte: Att samordna stödet inför hemgång.", "Huvudansvarig: Kurator, BUP Sala",
             "Insatser: Hemtjänst från 2025-01-20, biståndshandläggare Sala kommun.")
    document("avstamning.docx", "Försäkringskassan · Anteckningar",
             "Anteckningar från avstämningsmöte", "Närvarande: handläggare, Försäkringskassan",
             "Planering: Läkaren skriver nytt läkarintyg från 2025-08-11.")
    document("medel.docx", "Samordningsförbundet Södertörn Väst", "Ansökan om medel",
             "Projekt: SIP-samordnare Botkyrka–Huddinge", "Sökt belopp: 1 985 000 kr")
    document("barnahus.docx", "Barnahus Skaraborg, Skövde", "Minnesanteckningar – samråd Barnahus",
             "Syfte: Att planera utredningen kring E.", "Ansvarig för samrådet: samordnare, "
             "Barnahus Skaraborg", "Åtgärder: Polisen håller förhör 2025-01-20, "
             "socialsekreterare IFO Skövde.")
    document("hembesok.docx", "Barnavårdscentralen, Hälsocentralen Bollnäs",
             "Rapport från hembesök", "Anledning till besöket: Ordinarie hembesök.",
             "Ansvarig: BVC-sjuksköterska, Hälsocentralen Bollnäs",
             "Planering: Nästa besök på BVC 2025-05-20, BVC-sjuksköterska Bollnäs.")
    document("utlatande.docx", "Försäkringskassan", "Läkarutlåtande om hälsotillstånd",
             "Syfte: Underlag för sjukersättning.", "Ansvarig: läkare, Vårdcentralen Tingsryd",
             "Åtgärder: Fortsatt behandling med KBT från 2025-03-01, psykolog Vårdcentralen.")
    document("annons.docx", "Östersunds kommun · Platsannons",
             "Vi söker SIP-samordnare till Östersunds kommun",
             "Syfte med tjänsten: Att samordna SIP i kommunen.",
             "Ansvarig chef: enhetschef, Vuxenenheten Östersund",
             "Arbetsuppgifter: Du kallar till SIP-möten från 2025-09-01, Socialförvaltningen.")
    document("faktura.docx", "Karlstads kommun – Ekonomienheten",
             "Fakturaunderlag – gemensam placering", "Syfte: Kostnadsfördelning.",
             "Ansvarig: controller, Ekonomienheten Karlstad",
             "Insats: HVB-placering från 2025-01-01, Region Värmland 50 %.")
    document("avstamning-sip.docx", "Huddinge kommun", "Avstämningsmöte och SIP",
             "Syfte: Att samordna stödet inför återgång i arbete.",
             "Huvudansvarig: Kurator, Vårdcentralen Huddinge",
             "Insatser: Arbetsträning från 2025-09-01, arbetsterapeut Vårdcentralen Huddinge.")
    found = review_paths([tmp_path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    flagged = {plan["file"] for plan in found["plans"]
               if any(p["code"] == "not_a_plan" for p in plan.get("problems", []))}
    assert flagged == {"samtycke.docx", "broschyr.docx", "begaran.docx", "svpl.docx",
                       "utredning.docx", "rutin.docx", "avvikelse.docx", "yttrande.docx",
                       "halsoplan.docx", "telefon.docx", "remissvar.docx",
                       "atgardsprogram.docx", "handlingsplan.docx", "ansokan.docx",
                       "ehm.docx", "underlag.docx", "beslut.docx", "utskrivning.docx",
                       "krisplan.docx", "inskrivning.docx", "narvaro.docx",
                       "lakemedel.docx", "anhorig.docx", "nyhetsbrev.docx",
                       "befattning.docx", "iup.docx", "granskning.docx",
                       "ovningsfall.docx", "utvardering.docx", "tyckte.docx",
                       "bestallning.docx", "overlamning.docx", "kartlaggning.docx",
                       "kontaktlista.docx",
                       "anteckningar.docx", "daganteckning.docx", "konsultation.docx",
                       "utbildningsdag.docx", "egenvard.docx", "avbetalning.docx",
                       "forhandsbedomning.docx", "samverkansrutin.docx",
                       "overrapportering.docx", "arsrapport.docx", "arsrapport2.docx",
                       "kallelse2.docx", "avstamning.docx", "medel.docx",
                       "barnahus.docx", "hembesok.docx", "utlatande.docx",
                       "annons.docx", "faktura.docx"}


def test_the_minutes_of_the_countys_network_of_coordinators_are_no_plan(tmp_path):
    # the network talks about SIP in general; its title, a heading, names the coordinators
    # ("samordnare" is also a word of the lead's heading)
    import docx

    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths

    made = docx.Document()
    made.sections[0].header.paragraphs[0].text = \
        "Region Halland och Hallands kommuner – Nätverket för SIP-samordnare"
    made.add_heading("Protokoll, nätverksträff för SIP-samordnare i Halland, 2025-03-12", 1)
    made.add_paragraph("Tid och plats: kl. 09.00–12.00, Regionens hus, Halmstad.")
    made.add_paragraph("Närvarande: SIP-samordnare från Halmstad, Varberg och Laholm.")
    made.add_heading("1. Rutiner", 2)
    made.add_paragraph("Kallelse ska gå ut senast fem arbetsdagar efter att behovet har "
                       "identifierats.")
    made.save(tmp_path / "natverk.docx")
    found = review_paths([tmp_path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    assert [p["code"] for p in found["plans"][0]["problems"]][:1] == ["not_a_plan"]

def test_a_numbered_heading_in_capitals_ends_the_part_above(tmp_path):
    plan = read_txt(tmp_path, "SYFTE\nUppföljning av SIP.\n\n1. ÅTERBLICK\nSIP upprättades "
                              "2024-11-05 när S. skrevs ut från psykiatrisk heldygnsvård.\n")
    assert section_texts(plan, "purpose") == ["Uppföljning av SIP."]


def test_a_templates_question_under_the_label_is_no_answer():
    # the label cell holds the label and the template's question; the answer is beside it
    levels = levels_of(table(["Den enskildes medverkan\nDeltar den enskilde? Om inte: varför, "
                              "och hur har den enskildes synpunkter tagits tillvara?",
                              "D. deltog inte på mötet; stora möten gör honom orolig."],
                             ["Samtycke", "Muntligt samtycke 2024-10-07."],
                             ["Uppföljning", "2025-01-14 på Vuxenpsykiatrin Köping."]))
    assert levels["fragestallningar"] == "ej_uppfyllt"


def test_a_long_line_set_large_is_text_not_a_heading():
    plan = plan_of(heading("Deltagare"),
                   heading("Gun (själv), Maria – biståndshandläggare, Norbergs kommun, Anders – "
                           "distriktssköterska, Vårdcentralen Norberg, Lars – enhetschef, "
                           "Hemtjänst Norberg"))
    assert len(section_texts(plan, "participants")) == 1


def test_a_web_forms_numbered_field_headers_name_their_parts(tmp_path):
    plan = read_txt(tmp_path, "Fält 1 av 12 – Syfte\nSamordning\n\n"
                              "Fält 8 av 12 – Huvudansvar för planen\n"
                              "Socialsekreterare, IFO Barn och unga, Sala kommun\n")
    assert section_texts(plan, "purpose") == ["Samordning"]
    assert section_texts(plan, "lead") == ["Socialsekreterare, IFO Barn och unga, Sala kommun"]



def test_a_surveys_numbered_questions_head_their_answers_whatever_they_ask(tmp_path):
    """A survey tool's export writes each question after its number and a colon ("Fråga 7
    av 14: …"), the answer below: each is a heading, also one no section's words explain
    and one whose own words make it long, and its question is the form's, none for the
    meeting; a time "13:05 …" in minutes is no such number."""
    plan = read_txt(tmp_path, (
        "Fråga 3 av 14: Syfte med SIP-mötet\nSvar: Samordning.\n"
        "Fråga 7 av 14: Samtycke – hur och när har samtycke lämnats?\n"
        "Svar: Skriftligt samtycke, undertecknat av G.\n"
        "Fråga 11 av 14: Andra aktörers insatser (närstående, god man, FK, AF m.fl.)\n"
        "Svar: Inga andra aktörer är aktuella.\n"))
    assert section_texts(plan, "purpose") == ["Samordning."]
    assert section_texts(plan, "other_actors") == ["Inga andra aktörer är aktuella."]
    assert "Skriftligt samtycke, undertecknat av G." not in section_texts(plan, "purpose")
    assert [line.text for line in plan.lines if line.heading and "Fråga 7" in line.text]
    asked = read_txt(tmp_path, (
        "Fråga 4 av 14: Frågeställningar inför mötet\nSvar: (inget svar)\n"
        "Fråga 7 av 14: Samtycke – hur och när har samtycke lämnats?\n"
        "Svar: Muntligt samtycke på mötet.\n"))
    levels = {r.id: r.level for r in assess(asked, checklist_named())}
    assert levels["fragestallningar"] == "ej_uppfyllt"
    minutes = read_txt(tmp_path, "13:02 J. deltar inte.\n13:05 Kort presentationsrunda.\n")
    assert not [line for line in minutes.lines if line.heading]


def test_a_box_named_next_follow_up_in_a_print_opens_the_follow_up():
    """A record print's boxes, each its label over its value: "NÄSTA UPPFÖLJNING" below
    the participants' box is the follow-up, not one more participant."""
    plan = plan_of(table(["SYFTE MED SIP\nAtt samordna stödet efter utskrivningen."],
                         ["DELTAGARE\nP. (den enskilde)\nAnna, socialsekreterare, IFO Sala"],
                         ["NÄSTA UPPFÖLJNING\n2025-04-08 kl. 13.00, Psykiatrimottagningen Sala"]))
    assert section_texts(plan, "follow_up") == [
        "2025-04-08 kl. 13.00, Psykiatrimottagningen Sala"]
    assert not any("2025-04-08" in text for text in section_texts(plan, "participants"))


def test_a_list_entry_with_a_dash_before_its_value_is_no_heading(tmp_path):
    """"- Nästa uppföljning (alla) – v. 16" among the things to do is an entry and its
    week, not a heading that leaves its week behind."""
    plan = read_txt(tmp_path, "Att göra\n\n- Skicka in läkarintyget till FK (J. själv) – "
                              "2025-03-07\n- Nästa uppföljning (alla) – v. 16\n")
    assert not [line for line in plan.lines if line.heading and "v. 16" in line.text]
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["uppfoljning"] == "delvis"

def test_a_committees_minutes_named_in_the_printed_header_are_no_plan(tmp_path):
    """The kind of a printed document may stand only in its running header: a social
    welfare committee's minutes treat SIP as one item among others."""
    import docx

    from sipcheck.checklist.loader import load_checklist
    from sipcheck.review import review_paths

    def minutes(header: str, path):
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = header
        document.add_heading("Socialnämnden", level=1)
        document.add_paragraph("Sammanträdesdatum: 2025-02-19")
        document.add_paragraph("§ 15 Rutin för samordnad individuell plan (SIP)")
        document.add_paragraph("Beslut: Socialnämnden godkänner den reviderade rutinen.")
        document.save(path)

    minutes("FAGERSTA KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1", tmp_path / "protokoll.docx")
    minutes("FAGERSTA KOMMUN\tSocialförvaltningen", tmp_path / "utan.docx")
    found = review_paths([tmp_path], load_checklist("kvalitetskollen"), jobs=1, cache=False)
    said = {plan["file"]: [p["message"] for p in plan["problems"] if p["code"] == "not_a_plan"]
            for plan in found["plans"]}
    # the minutes are told by the kind their header names; the other only by its few parts
    assert said["protokoll.docx"] and "SAMMANTRÄDESPROTOKOLL" in said["protokoll.docx"][0]
    assert not any("SAMMANTRÄDESPROTOKOLL" in message for message in said["utan.docx"])


def test_who_and_when_in_brackets_after_a_measure_are_no_label(tmp_path):
    """"1) Fortsatt kontakt med distriktssköterska (vem: DSK Sofie, när: löpande)": the
    colon inside the brackets is the measure's own field, not a label that would make the
    measure a heading of its own."""
    plan = read_txt(tmp_path, (
        "--- INSATSER ---\n"
        "1) Fortsatt kontakt med distriktssköterska (vem: DSK Sofie, vårdcentralen,\n"
        "   när: löpande)\n"
        "2) Läkarkontakt vid behov (vem: Regionen, när: vid behov)\n"))
    assert section_texts(plan, "interventions") == [
        "Fortsatt kontakt med distriktssköterska (vem: DSK Sofie, vårdcentralen, när: "
        "löpande)", "Läkarkontakt vid behov (vem: Regionen, när: vid behov)"]


def test_a_dictated_plans_numbered_headings_in_capitals_keep_their_full_stops(tmp_path):
    """A dictation typed out as said: "PUNKT ETT. SYFTE." heads the purpose, its number
    spelled out and its full stops kept; "SYFTE." is no content of the plan."""
    plan = read_txt(tmp_path, "PUNKT ETT. SYFTE.\nSamordning.\n\nPUNKT TVÅ. FRÅGESTÄLLNINGAR.\n"
                              "Hur ska Ida komma tillbaka till skolan efter höstlovet?\n")
    assert section_texts(plan, "purpose") == ["Samordning."]
    assert section_texts(plan, "questions") == [
        "Hur ska Ida komma tillbaka till skolan efter höstlovet?"]


def test_a_follow_ups_column_names_over_its_parts_are_no_content():
    # "  | Förra planen | Hur gick det? | Nytt beslut" over a row per part: the column
    # "Hur gick det?" is named by a question, which is no question for the meeting
    levels = levels_of(table(["", "Förra planen", "Hur gick det?", "Nytt beslut"],
                             ["Syfte", "Se tidigare plan.", "–", "Oförändrat."],
                             ["Samtycke", "Skriftligt samtycke 2025-01-14.",
                              "Samtycket gällde till uppföljningen.",
                              "Lena förnyade samtycket skriftligt 2025-04-24."]))
    assert levels["fragestallningar"] == "ej_uppfyllt"
    assert levels["samtycke"] == "uppfyllt"
