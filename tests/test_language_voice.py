"""The person's own voice: first-person statements and quotations."""

from __future__ import annotations

import pytest

from sipcheck.language.voice import Span, first_person, quotations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person
        ("Jag vill börja skolan igen.", ["Jag vill börja skolan igen."]),
        ("Det är viktigt för mig att få sova.", ["Det är viktigt för mig att få sova."]),
        ("Skolan är jobbig för mej.", ["Skolan är jobbig för mej."]),
        ("Min mamma ska följa med på mötet.", ["Min mamma ska följa med på mötet."]),
        ("MIN DRÖM ÄR ATT BLI KOCK.", ["MIN DRÖM ÄR ATT BLI KOCK."]),
        ("Hjälp med min ekonomi.", ["Hjälp med min ekonomi."]),
        ("Mitt mål är att ha en kompis.", ["Mitt mål är att ha en kompis."]),
        ("Mina föräldrar ska vara med.", ["Mina föräldrar ska vara med."]),
        # the family
        ("Vi vill att B. får bo hemma.", ["Vi vill att B. får bo hemma."]),
        ("Skolan ska ringa oss varje fredag.", ["Skolan ska ringa oss varje fredag."]),
        ("Vår son behöver stöd.", ["Vår son behöver stöd."]),
        ("Vårt hem ska vara lugnt.", ["Vårt hem ska vara lugnt."]),
        ("Våra barn mår dåligt.", ["Våra barn mår dåligt."]),
        ("Vi vill ha hjälp i vår familj.", ["Vi vill ha hjälp i vår familj."]),
        # only the first-person sentences of a passage
        ("Målet är att B. ska börja skolan. Jag vill börja i augusti. BUP ansvarar.",
         ["Jag vill börja i augusti."]),
        ("- Träffa kurator\n- jag vill träffa en kompis varje vecka\n- Kontakt med BUP",
         ["jag vill träffa en kompis varje vecka"]),
        ("Mål | Jag vill klara matten | Skolan", ["Jag vill klara matten"]),
        # a first-person goal that is also a short line still counts when it says something
        ("Jag vill hem", ["Jag vill hem"]),
        ("Min dröm.", ["Min dröm."]),
    ],
)
def test_first_person(text: str, expected: list[str]) -> None:
    assert [span.text for span in first_person(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # written about the person, not by them
        "Målet är att B. ska börja skolan.",
        "B. ska träffa kurator varje vecka.",
        "Hen vill börja skolan.",
        "Pojken behöver stöd av BUP.",
        # "min" after a number is minutes
        "Samtal 30 min varje vecka.",
        "Promenad 2 x 45min om dagen.",
        "Träning 1 h 30 min.",
        "Möte 10-15 min innan.",
        # "mitt" as a preposition
        "Mötet är mitt i veckan.",
        "Skolan ligger mitt emot kyrkan.",
        # "vår" as the season
        "Skolstart i vår.",
        "Uppföljning i vår",
        "Praktik till vår 2025.",
        "I vår ska B. börja på gymnasiet.",
        # words that contain the pronouns
        "Vinter och vigsel, mina-fält nej: minuter, migrän, vittne, ossobuco, vårdplan.",
        "Vårdcentralen ringer Vivi.",
        # template prompts and labels
        "Övergripande mål, vad vill jag uppnå?",
        "Insatser/åtgärder – Vad skall vi göra och när?",
        "Vad är viktigt för mig?",
        "Mina mål",
        "Mitt mål:",
        "Vår plan",
        "Det här vill vi ha svar på",
        "Det här vill vi ha svar på:",
        "",
    ],
)
def test_not_first_person(text: str) -> None:
    assert first_person(text) == []


def test_first_person_spans_point_into_the_text() -> None:
    text = ("Övergripande mål, vad vill jag uppnå?\n"
            "Jag vill gå i skolan. Samtal 30 min.\n"
            "Mamma: Vi behöver avlösning.")
    spans = first_person(text)
    assert [s.text for s in spans] == ["Jag vill gå i skolan.", "Mamma: Vi behöver avlösning."]
    for span in spans:
        assert isinstance(span, Span)
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B. säger: ”Jag vill ha en kompis.”", ["Jag vill ha en kompis."]),
        ('Mamma: "Vi orkar inte mer"', ["Vi orkar inte mer"]),
        ("Hon sa “jag vill hem” och gick.", ["jag vill hem"]),
        ("«Jag vill bo hemma» säger B.", ["Jag vill bo hemma"]),
        ("»Jag vill bo hemma« säger B.", ["Jag vill bo hemma"]),
        ("»Jag vill bo hemma» säger B.", ["Jag vill bo hemma"]),
        ("Han säger 'jag vill spela fotboll'.", ["jag vill spela fotboll"]),
        ("Han säger ‘jag vill spela’.", ["jag vill spela"]),
        # one quoted word in double quotes is a quotation
        ("Hon mår ”bra” enligt skolan.", ["bra"]),
        # several quotations, in order; the spans exclude the marks and surrounding spaces
        ("”Jag vill hem” och ” skolan är dum ”.", ["Jag vill hem", "skolan är dum"]),
        ('Han sa "nej" och hon sa ”ja, gärna”.', ["nej", "ja, gärna"]),
        # a quotation may wrap a line, not cross a blank line
        ("”Jag vill\nha en kompis”", ["Jag vill\nha en kompis"]),
    ],
)
def test_quotations(text: str, expected: list[str]) -> None:
    assert [span.text for span in quotations(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hon mår 'bra' enligt skolan.",  # one word in apostrophes
        "B:s mammas ’kompis’ kom.",
        "Det är Anna's tur.",
        "Inga citat här.",
        "Tomt: ”” och \"   \"",
        "Siffror: ”2024”",
        "”Jag vill\n\nmen inte nu”",  # crosses a blank line
        "",
    ],
)
def test_not_quotations(text: str) -> None:
    assert quotations(text) == []


def test_quotation_spans_point_into_the_text() -> None:
    text = "Mål: B. säger ”jag vill ha ett jobb” och pappa säger \"det ordnar sig\"."
    spans = quotations(text)
    assert [s.text for s in spans] == ["jag vill ha ett jobb", "det ordnar sig"]
    for span in spans:
        assert text[span.start:span.end] == span.text
