"""Abbreviations a plan uses without explaining them."""

from __future__ import annotations

import pytest

from sipcheck.language.abbreviations import EVERYDAY, KNOWN, unexplained


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # used, never explained
        ("Kontakt med BUP varje vecka.", ["BUP"]),
        ("BUP och IFO samverkar. BUP kallar.", ["BUP", "IFO"]),  # distinct, first-use order
        ("Insats enligt SoL och HSL.", ["SoL", "HSL"]),
        ("Placering på HVB via SiS.", ["HVB", "SiS"]),
        ("Ansökan till FK och AF.", ["FK", "AF"]),
        ("KBT för NPF, ansökan om LSS, ev. LPT.", ["KBT", "NPF", "LSS", "LPT"]),
        ("Tidigare LVU, nu LVM.", ["LVU", "LVM"]),
        ("PO hjälper till.", ["PO"]),
        ("Utredning av ADHD och ASD på VUP.", ["ADHD", "ASD", "VUP"]),
        ("BVC, VC, EHT och SFI.", ["BVC", "VC", "EHT", "SFI"]),
        ("AME och LARO.", ["AME", "LARO"]),
        # inside words, genitive and plural
        ("Hon har KBT-behandling.", ["KBT"]),
        ("BUP:s läkare ringer.", ["BUP"]),
        ("BUPs läkare ringer.", ["BUP"]),
        ("LSS-handläggaren kommer.", ["LSS"]),
        # known ones in another case are reported in their usual spelling
        ("Beslut enligt SOL.", ["SoL"]),
        ("Utredning på SIS.", ["SiS"]),
        # unknown abbreviations of 2-6 capitals, with small letters inside too
        ("Kontakt med MiniMaria och UMO, även KAAS.", ["UMO", "KAAS"]),
        ("Rapport från FoU.", ["FoU"]),
        ("Stöd från ABCDEF.", ["ABCDEF"]),
        # the only occurrence inside a capitals heading does not count, the rest do
        ("NÄSTA MÖTE\nMötet hålls på BUP.", ["BUP"]),
        ("UPPFÖLJNING MED IFO\nUppföljning sker på BUP.", ["BUP"]),
        # a line of known abbreviations only is not a heading
        ("BUP / IFO", ["BUP", "IFO"]),
        ("Ansvarig:\nBUP", ["BUP"]),
    ],
)
def test_unexplained(text: str, expected: list[str]) -> None:
    assert unexplained(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # expansion followed by the abbreviation in parentheses
        "Kontakt med barn- och ungdomspsykiatrin (BUP). BUP kallar.",
        "Vi har kontakt med psykiatrin (VUP) sedan länge.",
        "Samverkan med Kommunens arbetsmarknadsavdelning (KAAS).",
        # the word before the bracket begins with a capital, or holds one ("SamverkansTeam")
        "Stöd från Mobila teamet. Kontakt med SamverkansTeamet (ST) varje vecka.",
        # a long plan: the explanation far from the start
        "Kim går i skolan. " * 400 + "Kontakt med elevhälsoteamet (EHT). EHT träffas.",
        # abbreviation followed by an explanation in parentheses
        "BUP (barn- och ungdomspsykiatri) kallar.",
        "Ansökan till FK (Försäkringskassan).",
        "Stöd av PO (personligt ombud).",
        "Insats från ABC (Arbetsträning Bygg och Café).",
        # defined with "="
        "HVB = hem för vård eller boende.",
        # the known expansion anywhere, any case, with or without hyphens, any ending
        "Kontakt med Försäkringskassan. FK har fått intyget.",
        "försäkringskassa och FK",
        "Barn och ungdomspsykiatri. BUP kallar.",
        "Hon har neuropsykiatriska funktionsnedsättningar, NPF.",
        "Insats enligt socialtjänstlagen. SoL 4 kap. 1 §.",
        "Vårdcentralen ringer. VC kallar.",
        "Arbetsförmedlingen och AF.",
        # not abbreviations
        "Bup och Maj och Köping.",  # one capital: plain capitalised words
        "Kapitel II, IV och XII.",  # roman numerals
        "Namn: NN, personnummer XXXXXX-XXXX, adress XX.",  # anonymisation placeholders
        "Det är OK. Hon tittar på TV och jobbar med IT.",  # everyday initialisms
        "OBS! Ta med planen.",
        "SAMORDNAD INDIVIDUELL PLAN\nSYFTE\nHÄR ÄR RUBRIKEN",  # capitals headings
        "Jag vill hem.",
        "",
    ],
)
def test_explained_or_not_abbreviations(text: str) -> None:
    assert unexplained(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not an explanation: a number or a law reference in the parenthesis
        ("BUP (2024) och SoL (4 kap. 1 §).", ["BUP", "SoL"]),
        # another abbreviation in the parenthesis explains nothing
        ("BUP (VUP) kallar.", ["BUP", "VUP"]),
        # an expansion of a different abbreviation does not explain this one
        ("Kontakt med vuxenpsykiatrin och BUP.", ["BUP"]),
        # a capital word alone before the bracket is a name, not an explanation
        ("Kontakt med SAMVERKANSTEAMET (ST) varje vecka.", ["ST"]),
    ],
)
def test_false_explanations(text: str, expected: list[str]) -> None:
    assert unexplained(text) == expected


def test_ignore() -> None:
    text = "SIP-möte med BUP och IFO."
    assert unexplained(text) == ["SIP", "BUP", "IFO"]
    assert unexplained(text, ignore={"SIP"}) == ["BUP", "IFO"]
    assert unexplained(text, ignore=["sip", "ifo"]) == ["BUP"]


def test_known_replaces_the_dictionary() -> None:
    text = "Kontakt med Mottagningen för unga. MFU ringer. BUP kallar."
    assert unexplained(text) == ["MFU", "BUP"]
    glossary = KNOWN | {"MFU": "mottagningen för unga"}
    assert unexplained(text, known=glossary) == ["BUP"]
    # with a dictionary that lacks BUP, its expansion no longer explains it
    assert unexplained("barn- och ungdomspsykiatrin och BUP", known={}) == ["BUP"]


def test_known_dictionary() -> None:
    required = {"BUP", "VUP", "IFO", "LSS", "SoL", "HSL", "HVB", "FK", "AF", "KBT", "NPF",
                "LPT", "LVU", "LVM", "PO", "SIP", "ADHD", "ASD", "VC", "BVC", "EHT", "SFI",
                "AME", "LARO"}
    assert required <= KNOWN.keys()
    assert KNOWN["FK"] == "Försäkringskassan"
    assert KNOWN["AF"] == "Arbetsförmedlingen"
    assert KNOWN["PO"] == "personligt ombud"
    assert all(value.strip() for value in KNOWN.values())
    assert not EVERYDAY & KNOWN.keys()


def test_a_whole_plan() -> None:
    plan = (
        "SAMORDNAD INDIVIDUELL PLAN (SIP)\n"
        "Deltagare: B., mamma, kurator, BUP, IFO, Försäkringskassan\n"
        "Huvudansvarig: Individ- och familjeomsorgen (IFO)\n"
        "INSATSER\n"
        "- KBT-behandling på BUP varannan vecka\n"
        "- FK handlägger aktivitetsersättning\n"
        "- Stöd enligt LSS, ansökan görs av PO (personligt ombud)\n"
    )
    assert unexplained(plan, ignore={"SIP"}) == ["BUP", "KBT", "LSS"]
