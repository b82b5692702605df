"""Reading plans in layouts the rules were not written for: the layout corpora.

Every folder under tests/corpus_layouts was written and labelled from the checklist's level
definitions by someone who never saw the rules, in layouts real units use (record-system
prints, discharge plans, minutes, child-friendly plans, follow-ups, empty templates, …).
Their first-sight figures are in that folder's README; these tests hold the figures the
review reaches now, so a change that reads one layout better cannot quietly read another
worse, and hold what an expert takes for granted on any plan: a label, a hint or an
unticked box is never evidence, and an empty template scores next to nothing.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from helpers import checklist_named

from sipcheck.experts.agreement_stats import cohen_kappa
from sipcheck.review import review_paths
from sipcheck.table_shapes import LABEL_WORDS

LAYOUTS = Path(__file__).resolve().parent / "corpus_layouts"
FOLDERS = sorted(p.name for p in LAYOUTS.iterdir() if (p / "expected.yaml").exists())
ORDER = ["ej_uppfyllt", "delvis", "uppfyllt"]
# Agreement the review reaches on each corpus now, less a little room for a change that
# trades one judgement for another (plan × criterion, begriplighet left out).
FLOOR = 0.82  # the lowest now: fresh-85, 83.8 %
FLOOR_ALL, KAPPA_ALL = 0.91, 0.90  # all 109 corpora: 92.8 %, κ 0.926
# Empty printed templates: every field left as it was printed.
EMPTY_TEMPLATES = ["dev-c/dc-05.docx", "dev-c/dc-06.pdf", "dev-c/dc-07.txt",
                   "fresh-8/f8a-06.pdf", "fresh-9/f9a-07.pdf", "fresh-9/f9b-06.docx",
                   "fresh-10/f10a-06.txt", "fresh-10/f10b-07.pdf", "fresh-11/f11a-08.docx",
                   "fresh-11/f11b-07.pdf", "fresh-12/f12a-06.pdf", "fresh-12/f12b-06.docx",
                   "fresh-13/f13a-06.md", "fresh-13/f13b-08.pdf", "fresh-14/f14a-07.pdf",
                   "fresh-15/f15a-07.docx", "fresh-17/f17a-08.pdf", "fresh-18/f18a-08.docx",
                   "fresh-19/f19a-08.docx", "fresh-20/f20a-08.txt", "fresh-21/f21a-08.pdf",
                   "fresh-23/f23b-08.docx", "fresh-26/f26a-08.pdf", "fresh-27/f27a-08.docx",
                   "fresh-27/f27b-07.pdf", "fresh-29/f29a-08.docx", "fresh-30/f30a-08.pdf",
                   "fresh-31/f31a-08.docx", "fresh-32/f32a-08.pdf",
                   "fresh-33/f33a-08.docx", "fresh-34/f34a-08.pdf", "fresh-35/f35a-08.docx",
                   "fresh-36/f36a-08.pdf", "fresh-37/f37a-08.docx", "fresh-38/f38a-08.pdf",
                   "fresh-39/f39a-08.docx", "fresh-41/f41a-08.docx", "fresh-43/f43a-08.docx",
                   "fresh-45/f45b-08.docx", "fresh-47/f47b-08.docx", "fresh-49/f49b-07.docx",
                   "fresh-51/f51b-07.docx", "fresh-56/f56b-07.docx",
                   "fresh-57/f57a-07.docx", "fresh-58/f58b-07.docx", "fresh-62/f62a-07.docx",
                   "fresh-94/f94a-07.pdf"]
# Real plans still taken for something else: an export whose parts are headed by
# three-letter field codes ("SYF:", "INS:", "UPP:", fresh-73) names none of the parts a
# plan has, so few of them are found; the codes are the export's own and no list of them
# is kept. (The e-mail summary dev-b/db-20 was one until its title was read past the
# letter's "Till:"/"Från:" lines.)
KNOWN_FALSE_ALARMS = {"fresh-73/f73a-03.txt"}
# Documents that are no plans still reviewed as plans: a network's minutes about young
# people's safety in a neighbourhood (fresh-54) has the parts a plan has (participants,
# agreements, the next meeting) and a title real network meetings about one person share;
# only that it is about no one tells it apart, which the review does not yet weigh. A
# school's network meeting that will call a SIP later (fresh-89) has a plan's parts too
# (those present, who does what before the SIP, the next step) and a title a network
# meeting that makes the plan shares (fresh-29's is one); only "Ingen plan upprättad idag"
# tells it apart. Arbetsförmedlingen's "Din planering" (fresh-106) is titled as a plan for
# the person is, "Arbetsförmedlingen" above it alone says whose it is.
KNOWN_MISSED = {"fresh-54/f54a-08.docx", "fresh-89/f89b-08.md", "fresh-106/f106a-08.pdf"}
# a clause with its own subject after a comma: a sentence, never a form's label
_CLAUSE = re.compile(r",\s+(jag|vi|du|han|hon|hen|de|man)\s+\w", re.IGNORECASE)


@cache
def reviewed(folder: str) -> tuple[dict, dict]:
    expected = yaml.safe_load((LAYOUTS / folder / "expected.yaml").read_text("utf-8"))
    round_data = review_paths([LAYOUTS / folder / "plans"], checklist_named(), cache=False)
    return expected, {plan["file"]: plan for plan in round_data["plans"]}


def judgements(folder: str) -> list[tuple[str, str]]:
    expected, plans = reviewed(folder)
    pairs = []
    for file, levels in expected.items():
        if levels.get("not_a_plan"):
            continue
        got = {c["id"]: c["level"] for c in plans[file]["criteria"]}
        pairs += [(got[c], level) for c, level in levels.items() if c != "begriplighet"]
    return pairs


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_layout_corpus_is_read_as_its_writers_labelled_it(folder):
    pairs = judgements(folder)
    share = sum(a == b for a, b in pairs) / len(pairs)
    assert share >= FLOOR, f"{folder}: {share:.1%}"


def test_all_layout_corpora_together_agree_and_kappa_holds():
    pairs = [pair for folder in FOLDERS for pair in judgements(folder)]
    share = sum(a == b for a, b in pairs) / len(pairs)
    assert len(pairs) >= 1000
    assert share >= FLOOR_ALL
    assert cohen_kappa(pairs, ORDER) >= KAPPA_ALL


@pytest.mark.parametrize("name", EMPTY_TEMPLATES)
def test_an_empty_printed_template_scores_at_most_15_percent(name):
    folder, file = name.split("/")
    plan = reviewed(folder)[1][file]
    assert plan["score"]["percent"] <= 15


def test_no_evidence_quotes_a_label_a_hint_or_an_unticked_option():
    vocabulary = checklist_named().vocabulary()
    for folder in FOLDERS:
        for file, plan in reviewed(folder)[1].items():
            for result in plan["criteria"]:
                for item in result["evidence"]:
                    text = item["text"]
                    where = f"{folder}/{file} {result['id']}: {text!r}"
                    assert "☐" not in text or "☒" in text, where
                    if text.startswith("[") and text.endswith("]"):
                        continue  # personal data masked in the round ("[personuppgift]")
                    assert not vocabulary.is_placeholder(text), where
                    label, colon, value = text.partition(":")
                    if not (colon and value.strip()) and len(text.split()) <= LABEL_WORDS \
                            and not _CLAUSE.search(text):
                        # a quote that is only a label ("Personnummer", "Datum:", "Syfte");
                        # a sentence that leads in to a quotation ("S. var med … och sa
                        # själv vad som är viktigt:") is longer than any label, or has a
                        # clause of its own ("P. sa själv på mötet, jag skrev ner det …:")
                        assert not text.rstrip().endswith(":"), where
                        assert not vocabulary.is_field_label(text), where
                        assert vocabulary.section_of(text, exact=True) is None, where


def test_not_a_plan_only_for_documents_that_are_not_plans():
    alarms, missed = set(), set()
    for folder in FOLDERS:
        expected, plans = reviewed(folder)
        for file, levels in expected.items():
            flagged = any(p["code"] == "not_a_plan" for p in plans[file]["problems"])
            if levels.get("not_a_plan") and not flagged:
                missed.add(f"{folder}/{file}")
            elif flagged and not levels.get("not_a_plan"):
                alarms.add(f"{folder}/{file}")
    assert missed <= KNOWN_MISSED
    assert alarms <= KNOWN_FALSE_ALARMS
