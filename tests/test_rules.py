"""Each check kind as a table of cases: options, a small plan, and whether it passes.

The plans are built from blocks (tests/helpers.py) so each case shows exactly the text
the check sees. Options are written as a checklist author would write them.
"""

from __future__ import annotations

import pytest
from helpers import heading, para, plan_of, table

from sipcheck.rules import CHECKS, MODULES

GENERIC = [r"samordn\w*( av)?( insatser\w*)?", r"att få en gemensam bild"]
ROLES = [r"\bkurator\w*", r"\bläkare\w*", r"\bsocialsekreterare\w*"]
ORGS = [r"\bBUP\b", r"\belevhälsa\w*", r"\bsocialtjänst\w*", r"\bkommun\w*"]
RELATIONS = [r"\bmamma\b", r"\bpappa\b", r"\bden enskilde\b"]
WHO = [r"\bkurator\w*", r"\bBUP\b", r"\blärare\w*", r"\bmamma\b", r"\bFörsäkringskassan\b"]
PRINCIPALS = [r"\bkommunen\b", r"\bregionen\b"]
COLUMNS = {"what": ["insats"], "who": ["ansvarig"], "when": ["när"]}

CASES = [
    # kind, options, blocks, passes
    ("section", {"section": "purpose"}, [heading("Syfte"), para("Samordning")], True),
    ("section", {"section": "purpose"}, [heading("Syfte"), para("-")], False),
    ("section", {"section": "purpose"}, [para("Övrigt: inget")], False),
    ("section", {"section": "purpose", "min_words": 6, "generic": GENERIC},
     [heading("Syfte"), para("Samordning av insatser")], False),
    ("section", {"section": "purpose", "min_words": 6, "generic": GENERIC},
     [heading("Syfte"), para("Kim har inte varit i skolan sedan augusti och behöver stöd.")],
     True),
    ("pattern", {"keywords": ["god man"]}, [para("Kim har god man sedan i våras.")], True),
    ("pattern", {"keywords": ["god man"]}, [para("Godmanskap är inte aktuellt.")], False),
    ("pattern", {"patterns": [r"samtyck\w*"], "near": [r"muntlig\w*|\d{4}-\d\d-\d\d"]},
     [para("Samtycke gavs muntligt vid mötet.")], True),
    ("pattern", {"patterns": [r"samtyck\w*"], "near": [r"muntlig\w*|\d{4}-\d\d-\d\d"]},
     [para("Samtycke finns.")], False),
    ("pattern", {"patterns": [r"samtyck\w*"], "exclude": [r"\bsaknas\b"]},
     [para("Samtycke saknas.")], False),
    ("pattern", {"section": "consent", "patterns": [r"muntlig"]},
     [heading("Syfte"), para("Muntlig information gavs."), heading("Samtycke"),
      para("Finns.")], False),
    ("pattern", {"patterns": [r"mamma"], "skip_sections": ["participants"]},
     [heading("Deltagare"), para("Mamma")], False),
    ("pattern", {"section": "participants", "table_rows": True,
                 "patterns": [r"den enskilde[^\n]*\|\s*ja\s*$"]},
     [heading("Deltagare"), table(["Namn", "Roll", "Deltog"], ["Kim", "Den enskilde", "Ja"])],
     True),
    ("pattern", {"patterns": [r"syfte"], "min_matches": 2}, [para("Syftet är oklart.")], False),
    ("question", {}, [para("Hur ska skolgången fungera efter lovet?")], True),
    ("question", {}, [para("Varför gör vi denna plan?"), para("Kim behöver stöd.")], False),
    ("question", {}, [para("Hur ska skolgången fungera efter lovet")], False),
    ("question", {"section": "questions", "interrogative": True},
     [heading("Frågeställningar"), para("Hur ska skolgången fungera efter lovet")], True),
    ("question", {"exclude": [r"\bmår\b"]}, [para("Hur mår alla idag?")], False),
    ("first_person", {"section": "goals"},
     [heading("Mina mål"), para("Jag vill kunna gå till skolan varje dag.")], True),
    ("first_person", {"section": "goals"},
     [heading("Mål"), para("Målet är att B. ska börja skolan.")], False),
    ("first_person", {"section": "goals"},
     [heading("Mål"), para("”Att få bo kvar hemma med min katt”")], True),
    ("first_person", {"section": "goals", "quotes": False},
     [heading("Mål"), para("”Att få bo kvar hemma”")], False),
    ("first_person", {"plural": False},
     [para("Vi gör planen för att skolan och BUP ska samarbeta.")], False),
    ("first_person", {"near": [r"\bvill\b"]}, [para("Jag har ont i magen.")], False),
    ("date", {"section": "follow_up", "precision": ["day"]},
     [heading("Uppföljning"), para("2024-05-14 kl. 13.00")], True),
    ("date", {"section": "follow_up", "precision": ["day"]},
     [heading("Uppföljning"), para("Vecka 38")], False),
    ("date", {"section": "follow_up"}, [heading("Uppföljning"), para("Om tre månader")], True),
    ("date", {"near": [r"uppfölj\w*"], "precision": ["day"]},
     [para("Uppföljning sker den 14 maj 2024.")], True),
    ("date", {"near": [r"uppfölj\w*"]}, [para("Mötet hölls 2024-02-01.")], False),
    ("date", {}, [para("Planen tillhör: 121212-1212")], False),
    ("table_rows", {"section": "interventions", "require": "rows"}, [heading("Insatser")], False),
    ("table_rows", {"section": "interventions", "require": "concrete",
                    "vague": [r"^\W*stöd vid behov\W*$"]},
     [heading("Insatser"), para("Stöd vid behov", list_item=True)], False),
    ("table_rows", {"section": "interventions", "require": "concrete",
                    "vague": [r"^\W*stöd vid behov\W*$"]},
     [heading("Insatser"), para("Samtal med kurator varje vecka", list_item=True)], True),
    ("table_rows", {"section": "interventions", "require": "all_who_when", "who": WHO,
                    "columns": COLUMNS},
     [heading("Insatser"), table(["Insats", "Ansvarig", "När"],
                                 ["Samtalsstöd", "Kurator, elevhälsan", "Från vecka 36"],
                                 ["Läxhjälp", "Lärare", "2024-09-01"])], True),
    ("table_rows", {"section": "interventions", "require": "all_who_when", "who": WHO,
                    "columns": COLUMNS},
     [heading("Insatser"), table(["Insats", "Ansvarig", "När"],
                                 ["Samtalsstöd", "Kurator, elevhälsan", "Från vecka 36"],
                                 ["Läxhjälp", "Kommunen", "2024-09-01"])], False),
    ("table_rows", {"section": "interventions", "require": "any_who", "who": WHO,
                    "principal": PRINCIPALS, "columns": COLUMNS},
     [heading("Insatser"), table(["Insats", "Ansvarig", "När"],
                                 ["Läxhjälp", "Kommunen", ""])], True),
    ("table_rows", {"section": "interventions", "require": "any_who", "who": WHO,
                    "principal": PRINCIPALS, "columns": COLUMNS},
     [heading("Insatser"), table(["Insats", "Ansvarig", "När"], ["Läxhjälp", "", ""])], False),
    # The header naming "när" inside the what column must not make it the when column.
    ("table_rows", {"section": "interventions", "require": "all_who_when", "who": WHO,
                    "columns": {"what": ["insatser"], "who": ["ansvarig"],
                                "when": ["när", "tidsplan"]}},
     [heading("Planering"), table(["Insatser – vad gör vi och när?", "Ansvarig", "Tidsplan"],
                                  ["Samtalsstöd varje vecka", "Kurator", "Vecka 36–50"])], True),
    ("table_rows", {"section": "other_actors", "require": "any_who_what", "who": WHO,
                    "who_at_start": True},
     [heading("Övriga aktörer"), para("Mamma skjutsar Kim till skolan varje morgon.")], True),
    ("table_rows", {"section": "other_actors", "require": "any_who_what", "who": WHO,
                    "who_at_start": True},
     [heading("Övriga aktörer"), para("Skolan ringer mamma varje fredag.")], False),
    ("table_rows", {"section": "other_actors", "require": "any_who_what", "who": WHO},
     [heading("Övriga aktörer"), para("Försäkringskassan, mamma.")], False),
    ("participants", {"section": "participants", "roles": ROLES, "organisations": ORGS,
                      "relations": RELATIONS},
     [heading("Deltagare"), para("Kurator, elevhälsan Köping"), para("Mamma")], True),
    ("participants", {"section": "participants", "roles": ROLES, "organisations": ORGS,
                      "relations": RELATIONS},
     [heading("Deltagare"), para("Kurator"), para("Mamma")], False),
    ("participants", {"section": "participants", "roles": ROLES, "organisations": ORGS,
                      "relations": RELATIONS, "require": "any"},
     [heading("Deltagare"), para("Kurator")], True),
    ("participants", {"section": "participants", "roles": ROLES, "organisations": ORGS,
                      "relations": RELATIONS},
     [heading("Deltagare"), para("Kim, mamma, kurator och läkare.")], False),
    # names and relations by turns: each parent named with their relation, all complete
    ("participants", {"section": "participants", "roles": ROLES, "organisations": ORGS,
                      "relations": RELATIONS},
     [heading("Deltagare"), para("Sara, mamma, och Jonas, pappa (vårdnadshavare)"),
      para("Maria, kurator, elevhälsan Köping")], True),
    ("participants", {"section": "lead", "roles": ROLES, "organisations": ORGS,
                      "require": "person_and_org"},
     [heading("Huvudansvarig"), para("Anna, socialtjänsten Arboga")], True),
    ("participants", {"section": "lead", "roles": ROLES, "organisations": ORGS,
                      "require": "person_and_org"},
     [heading("Huvudansvarig"), para("Socialtjänsten Arboga")], False),
    ("participants", {"section": "lead", "roles": ROLES, "organisations": ORGS,
                      "require": "person_and_org"},
     [heading("Huvudansvarig"), para("Köpings kommun")], False),
    ("participants", {"lines_matching": [r"huvudansvar"], "roles": ROLES,
                      "organisations": ORGS, "require": "person_and_org"},
     [para("Kuratorn på BUP har huvudansvaret för planen.")], True),
    ("participants", {"section": "participants", "require": "subject", "relations": RELATIONS,
                      "self": [r"\bden enskilde\b"]},
     [para("Kim går i sjuan. Kim vill byta klass."), heading("Deltagare"), para("Kim"),
      para("Mamma")], True),
    ("participants", {"section": "participants", "require": "subject", "relations": RELATIONS,
                      "self": [r"\bden enskilde\b"]},
     [heading("Deltagare"), table(["Namn", "Roll", "Deltog"], ["Kim", "Den enskilde", "Nej"])],
     False),
    ("lix", {"max": 40}, [para("Kim går i skolan. Hon har en katt. Hon vill bo kvar.")], True),
    ("lix", {"max": 40},
     [para("Verksamhetsövergripande samordningsinsatser genomförs kontinuerligt utifrån "
           "individuellt identifierade behovsbedömningar.")], False),
    ("lix", {"max": 60, "max_unexplained_abbreviations": 1},
     [para("BUP och FK och KBT ska hjälpa. Det blir bra.")], False),
    ("lix", {"max": 60, "max_unexplained_abbreviations": 1, "ignore": ["FK", "KBT"]},
     [para("BUP och FK och KBT ska hjälpa. Det blir bra.")], True),
]


@pytest.mark.parametrize(("kind", "options", "blocks", "passes"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_check(kind, options, blocks, passes):
    finding = CHECKS[kind](options, plan_of(*blocks))
    assert finding.passed is passes, (finding.note, finding.evidence)
    if passes and kind != "lix":
        assert finding.evidence, "a passing check quotes the plan"
        assert all(len(e.text) <= 201 for e in finding.evidence)


def test_every_kind_has_cases_and_a_docstring():
    assert {case[0] for case in CASES} == set(CHECKS)
    for module in MODULES.values():
        assert module.__doc__ and "Options:" in module.__doc__


def test_every_kind_is_in_the_schema():
    from sipcheck.checklist.loader import schema

    assert set(schema()["$defs"]["check"]["properties"]["kind"]["enum"]) == set(CHECKS)


def test_the_templates_own_question_is_no_question_of_the_meeting():
    plan = plan_of(heading("Frågeställningar"), para(
        "Vilka frågor behöver lösas på mötet? Hur kan Gun få sina mediciner varje dag?"))
    found = CHECKS["question"]({"section": "questions"}, plan)
    assert found.passed
    assert [e.text for e in found.evidence] == ["Hur kan Gun få sina mediciner varje dag?"]
    hint_only = plan_of(heading("Frågeställningar"), para(
        "Vilka frågor behöver lösas på mötet? Vilka frågor behöver lösas på mötet?"))
    assert not CHECKS["question"]({"section": "questions"}, hint_only).passed


def test_failing_check_says_why_in_swedish_and_english():
    finding = CHECKS["date"]({"section": "follow_up", "precision": ["day"]},
                             plan_of(heading("Uppföljning"), para("Vecka 38")))
    assert finding.note == "tiden anges bara ungefärligt (vecka)"
    assert finding.note_en == "the time is only approximate (week)"


def test_lix_evidence_gives_figures_not_quotes():
    finding = CHECKS["lix"]({"max": 60}, plan_of(para("Kim går i skolan. Hon har en katt.")))
    assert finding.evidence[0].text.startswith("LIX ")
    assert "Kim" not in finding.evidence[0].text


@pytest.mark.parametrize(("patterns", "quoted"), [
    # the first pattern in the checklist's order that matches is the one quoted, whether
    # or not it names the person
    ([r"<subject> vill", r"\bskolan\b"], "Alva vill byta klass."),
    ([r"\bskolan\b", r"<subject> vill"], "Det är svårt i skolan."),
    ([r"\bkurator\b", r"<subject> vill", r"\bskolan\b"], "Alva vill byta klass."),
    ([r"\bkurator\b", r"\bskolan\b", r"<subject> vill"], "Det är svårt i skolan."),
])
def test_a_pattern_naming_the_person_is_asked_in_the_checklists_order(patterns, quoted):
    plan = plan_of(heading("Bakgrund"), para("Alva går i sexan."),
                   heading("Den enskildes synpunkter"),
                   para("Alva vill byta klass. Det är svårt i skolan."))
    found = CHECKS["pattern"]({"patterns": patterns}, plan)
    assert found.passed and found.evidence[0].text == quoted


def test_a_match_only_in_the_templates_words_is_form():
    # a form's check question with its hint and its ticked answer names the agencies; it
    # is the template's wording, so only a sentence of the writer's own counts
    question = "Finns andra aktörer med insatser (t.ex. FK, AF, god man)? Nej"
    options = {"patterns": [r"\b(FK|AF|god man)\b"]}
    assert not CHECKS["pattern"](options, plan_of(heading("Kontrollfrågor"), para(question))).passed
    comment = "Kommentar: FK utreder sjukpenning."
    found = CHECKS["pattern"](options, plan_of(heading("Kontrollfrågor"),
                                               para(f"{question}\n{comment}")))
    assert found.passed and found.evidence[0].text == comment
