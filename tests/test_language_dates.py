"""Time expressions in Swedish plan text, graded by precision."""

from __future__ import annotations

from datetime import date

import pytest

from sipcheck.language.dates import DateMention, Precision, best_precision, find_dates

DAY, WEEK, MONTH = Precision.DAY, Precision.WEEK, Precision.MONTH
SEASON, RELATIVE, VAGUE = Precision.SEASON, Precision.RELATIVE, Precision.VAGUE
TODAY = date(2024, 3, 1)  # a Friday


def found(text: str, today: date | None = TODAY) -> list[tuple[str, Precision, date | None]]:
    return [(m.text, m.precision, m.value) for m in find_dates(text, today)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO and compact
        ("Uppföljning 2024-05-14.", [("2024-05-14", DAY, date(2024, 5, 14))]),
        ("Start 2024-5-14 på BUP", [("2024-5-14", DAY, date(2024, 5, 14))]),
        ("Beslut 20240514 från IFO", [("20240514", DAY, date(2024, 5, 14))]),
        ("Datum: 2025/01/07", [("2025/01/07", DAY, date(2025, 1, 7))]),
        # day and month name, with or without year, "den", ordinal, abbreviation
        ("Nästa möte 14 maj 2024.", [("14 maj 2024", DAY, date(2024, 5, 14))]),
        ("Nästa möte den 14 maj.", [("den 14 maj", DAY, date(2024, 5, 14))]),
        ("Vi ses den 14:e maj", [("den 14:e maj", DAY, date(2024, 5, 14))]),
        ("Vi ses 1:a juni", [("1:a juni", DAY, date(2024, 6, 1))]),
        ("Möte 3 dec. 2024", [("3 dec. 2024", DAY, date(2024, 12, 3))]),
        ("Möte 3 dec 2024", [("3 dec 2024", DAY, date(2024, 12, 3))]),
        ("Möte 12 sept", [("12 sept", DAY, date(2024, 9, 12))]),
        ("Möte 12 mar.", [("12 mar.", DAY, date(2024, 3, 12))]),
        ("Möte 7 okt -24", [("7 okt -24", DAY, date(2024, 10, 7))]),
        ("Tisdag den 14 maj 2024 kl. 13.00–14.30",
         [("Tisdag den 14 maj 2024 kl. 13.00–14.30", DAY, date(2024, 5, 14))]),
        ("Läger 14–16 juni", [("14–16 juni", DAY, date(2024, 6, 14))]),
        ("Möte 14\u00a0maj", [("14\u00a0maj", DAY, date(2024, 5, 14))]),
        # slash forms
        ("Möte den 14/5", [("den 14/5", DAY, date(2024, 5, 14))]),
        ("Möte 14/5 2024", [("14/5 2024", DAY, date(2024, 5, 14))]),
        ("Möte 14/5-24", [("14/5-24", DAY, date(2024, 5, 14))]),
        ("Möte 14/5-2025", [("14/5-2025", DAY, date(2025, 5, 14))]),
        ("Möte ons 14/5", [("ons 14/5", DAY, date(2024, 5, 14))]),
        ("Period 14/5-16/5", [("14/5", DAY, date(2024, 5, 14)),
                              ("16/5", DAY, date(2024, 5, 16))]),
        # dotted forms
        ("Möte 14.5.2024", [("14.5.2024", DAY, date(2024, 5, 14))]),
        ("Möte 14.05.24", [("14.05.24", DAY, date(2024, 5, 14))]),
        ("Möte 14.5 på skolan", [("14.5", DAY, date(2024, 5, 14))]),
        ("Möte den 14.05", [("den 14.05", DAY, date(2024, 5, 14))]),
        # a clock time extends an adjacent day, before or after it
        ("Möte 14/5 kl. 13.00 på BUP", [("14/5 kl. 13.00", DAY, date(2024, 5, 14))]),
        ("Möte kl 9 den 14 maj", [("kl 9 den 14 maj", DAY, date(2024, 5, 14))]),
        ("Möte 2024-05-14, kl 13", [("2024-05-14, kl 13", DAY, date(2024, 5, 14))]),
        ("Datum, mötestid: 2024-05-14 13:00",
         [("2024-05-14 13:00", DAY, date(2024, 5, 14))]),
        ("Möte 14.5 10.30-11.30", [("14.5 10.30-11.30", DAY, date(2024, 5, 14))]),
        # weeks
        ("Uppföljning vecka 38", [("vecka 38", WEEK, date(2024, 9, 16))]),
        ("Uppföljning v. 38", [("v. 38", WEEK, date(2024, 9, 16))]),
        ("Uppföljning v38", [("v38", WEEK, date(2024, 9, 16))]),
        ("Uppföljning V 38", [("V 38", WEEK, date(2024, 9, 16))]),
        ("Uppföljning veckan 38", [("veckan 38", WEEK, date(2024, 9, 16))]),
        ("Praktik vecka 38–40", [("vecka 38–40", WEEK, date(2024, 9, 16))]),
        ("Praktik v.38-40", [("v.38-40", WEEK, date(2024, 9, 16))]),
        ("Start vecka 2, 2025", [("vecka 2, 2025", WEEK, date(2025, 1, 6))]),
        # months
        ("Uppföljning i december", [("i december", MONTH, date(2024, 12, 1))]),
        ("Uppföljning december 2024", [("december 2024", MONTH, date(2024, 12, 1))]),
        ("Klart i slutet av maj", [("i slutet av maj", MONTH, date(2024, 5, 1))]),
        ("Start i början av augusti", [("i början av augusti", MONTH, date(2024, 8, 1))]),
        ("Uppföljning: Oktober", [("Oktober", MONTH, date(2024, 10, 1))]),
        ("Start sep 2024", [("sep 2024", MONTH, date(2024, 9, 1))]),
        ("Sommarjobb i juni-augusti", [("i juni-augusti", MONTH, date(2024, 6, 1))]),
        ("fr.o.m. mars", [("fr.o.m. mars", MONTH, date(2024, 3, 1))]),
        ("t.o.m. december 2025", [("t.o.m. december 2025", MONTH, date(2025, 12, 1))]),
        # seasons and terms
        ("Uppföljning under våren", [("under våren", SEASON, None)]),
        ("Skolstart till hösten", [("till hösten", SEASON, None)]),
        ("Sommaren blir lugn", [("Sommaren", SEASON, None)]),
        ("Utredning under vintern", [("under vintern", SEASON, None)]),
        ("Plan för höstterminen", [("höstterminen", SEASON, None)]),
        ("Plan för vårterminen 2025", [("vårterminen 2025", SEASON, None)]),
        ("Start HT24", [("HT24", SEASON, None)]),
        ("När: Läsåret 2024/25", [("Läsåret 2024/25", SEASON, None)]),
        ("Anpassningar under läsåret.", [("under läsåret", SEASON, None)]),
        ("Start VT 2025", [("VT 2025", SEASON, None)]),
        ("Ny plan efter sommaren", [("efter sommaren", SEASON, None)]),
        ("Klart innan jul", [("innan jul", SEASON, None)]),
        ("Klart till jul", [("till jul", SEASON, None)]),
        ("Praktik i höst", [("i höst", SEASON, None)]),
        ("Vi ses i vår.", [("i vår", SEASON, None)]),
        ("Start hösten 2024", [("hösten 2024", SEASON, None)]),
        # relative
        ("Uppföljning om tre månader", [("om tre månader", RELATIVE, date(2024, 6, 1))]),
        ("Uppföljning om 3 veckor", [("om 3 veckor", RELATIVE, date(2024, 3, 22))]),
        ("Svar inom två veckor", [("inom två veckor", RELATIVE, date(2024, 3, 15))]),
        ("Ny plan om ett halvår", [("om ett halvår", RELATIVE, date(2024, 9, 1))]),
        ("Utvärdera efter sex månader", [("efter sex månader", RELATIVE, date(2024, 9, 1))]),
        ("Möte nästa månad", [("nästa månad", RELATIVE, date(2024, 4, 1))]),
        ("Möte nästa vecka", [("nästa vecka", RELATIVE, date(2024, 3, 4))]),
        ("Möte om en månad", [("om en månad", RELATIVE, date(2024, 4, 1))]),
        ("Möte om ca 10 dagar", [("om ca 10 dagar", RELATIVE, date(2024, 3, 11))]),
        ("Möte om några veckor", [("om några veckor", RELATIVE, None)]),
        ("Uppföljning var tredje månad", [("var tredje månad", RELATIVE, None)]),
        ("Uppföljning halvårsvis", [("halvårsvis", RELATIVE, None)]),
        ("Samtal varannan vecka", [("varannan vecka", RELATIVE, None)]),
        ("Samtal en gång i månaden", [("en gång i månaden", RELATIVE, None)]),
        ("Ger medicinen varje skoldag", [("varje skoldag", RELATIVE, None)]),
        ("Följer med alla arbetsdagar", [("alla arbetsdagar", RELATIVE, None)]),
        # vague
        ("Kontakt vid behov", [("vid behov", VAGUE, None)]),
        ("Stödet ges löpande", [("löpande", VAGUE, None)]),
        ("Följs upp kontinuerligt", [("kontinuerligt", VAGUE, None)]),
        ("Hjälp efter behov", [("efter behov", VAGUE, None)]),
        ("Kontakt tas snarast", [("snarast", VAGUE, None)]),
        ("Beslut kommer inom kort", [("inom kort", VAGUE, None)]),
        ("Insatsen gäller tills vidare", [("tills vidare", VAGUE, None)]),
    ],
)
def test_find_dates(text: str, expected: list[tuple[str, Precision, date | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # personnummer and samordningsnummer are not dates
        "Planen tillhör 19121212-1212.",
        "Personnummer: 20100514-1234",
        "Personnummer 121212-1212",
        "Född 20100514+1234",
        "Samordningsnummer 19121272-1212",
        "Pnr 201005141234",
        # a clock time alone is not a date
        "Mötet börjar kl. 13.00.",
        "Mötet börjar kl 9.",
        "Mötet börjar kl. 10.10 i Köping.",
        "Mötet 13.00-14.30 på BUP",
        "Start 13.05 i Köping",
        # impossible dates
        "Möte 31/2",
        "Möte 14/13",
        "Möte 2024-02-30",
        "Nummer 20241399",
        # fractions, decimals, sections, counts
        "Hon arbetar 1/2 dag.",
        "En 3/4-dels tjänst",
        "Tillgänglig 24/7",
        "Sover 2.5 timmar per natt",
        "Se avsnitt 3.2 i riktlinjen",
        "2.1 Bakgrund",
        "Enligt SoL 4 kap. 1 §",
        "Vecka",
        "Ärendenummer 12345678",
        # the words alone
        "Julklappar och påskägg",
        "Vi firar jul",
        "Mamma Maj-Britt följer med",
        "Marsipan",
        "Jag vill ha hjälp i vår familj",
        "Det händer mitt i veckan",
        "Telefon 070-123 45 67",
        "Tel 0221-123 45",
        "Ärende 2024-123",
        "Version 1.2 av planen",
        "Skapad i SIP-appen v2.4 · Falkenberg",  # a version glued to its letter
        "Han är 14 år och går i årskurs 8",
        "Rum 3.14",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Möte 32 maj", [("maj", MONTH, date(2024, 5, 1))]),  # no day 32: only the month
        ("Två gånger i veckan 3 timmar", [("Två gånger i veckan", RELATIVE, None)]),  # not v. 3
        ("Född 20100514, planen tillhör 20100514-1234",
         [("20100514", DAY, date(2010, 5, 14))]),
    ],
)
def test_partial_readings(text: str, expected: list[tuple[str, Precision, date | None]]) -> None:
    assert found(text) == expected


def test_personnummer_next_to_a_real_date() -> None:
    text = "Planen tillhör 19121212-1212 och följs upp 2024-05-14."
    assert found(text) == [("2024-05-14", DAY, date(2024, 5, 14))]


def test_compact_range_is_two_dates_not_a_personnummer() -> None:
    assert [m.text for m in find_dates("Period 20240514-20240601")] == ["20240514",
                                                                       "20240601"]


@pytest.mark.parametrize(
    ("text", "today", "value"),
    [
        ("den 14 maj", None, None),  # no year anywhere
        ("den 14 maj", date(2025, 1, 2), date(2025, 5, 14)),  # year from today
        ("den 14 maj 2023", date(2025, 1, 2), date(2023, 5, 14)),  # the text wins
        ("14/5-95", None, date(1995, 5, 14)),  # two-digit year: 70-99 -> 19xx
        ("14/5-24", None, date(2024, 5, 14)),
        ("29/2", date(2024, 1, 1), date(2024, 2, 29)),
        ("29/2", date(2025, 1, 1), None),  # a real date, but not in today's year
        ("29/2", None, None),
    ],
)
def test_day_values(text: str, today: date | None, value: date | None) -> None:
    (mention,) = find_dates(text, today)
    assert mention.precision is DAY
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vecka 38", None),
        ("i december", None),
        ("om tre månader", None),
        ("nästa vecka", None),
    ],
)
def test_values_without_today(text: str, value: date | None) -> None:
    (mention,) = find_dates(text)
    assert mention.value == value


def test_week_53_in_a_year_without_one() -> None:
    (mention,) = find_dates("vecka 53", date(2025, 6, 1))
    assert mention.precision is WEEK and mention.value is None


def test_mentions_are_in_text_order_with_offsets() -> None:
    text = ("Syfte: planera skolstart till hösten.\n"
            "Uppföljning: den 14 maj 2024 kl. 13.00, sedan vecka 38 och vid behov.\n"
            "Planen tillhör 19121212-1212. Ny plan om tre månader eller i december.")
    mentions = find_dates(text, TODAY)
    assert [(m.text, m.precision) for m in mentions] == [
        ("till hösten", SEASON),
        ("den 14 maj 2024 kl. 13.00", DAY),
        ("vecka 38", WEEK),
        ("vid behov", VAGUE),
        ("om tre månader", RELATIVE),
        ("i december", MONTH),
    ]
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert isinstance(m, DateMention)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the most specific reading of an overlap wins, and only once
        ("den 14 december 2024", [("den 14 december 2024", DAY)]),
        ("14 jul", [("14 jul", DAY)]),
        ("Det var vecka 38", [("vecka 38", WEEK)]),
        ("i december 2024 och i december", [("i december 2024", MONTH),
                                             ("i december", MONTH)]),
    ],
)
def test_overlaps_keep_the_most_specific(text: str,
                                         expected: list[tuple[str, Precision]]) -> None:
    assert [(m.text, m.precision) for m in find_dates(text)] == expected


def test_precision_order() -> None:
    assert list(Precision) == [DAY, WEEK, MONTH, SEASON, RELATIVE, VAGUE]
    assert DAY > WEEK > MONTH > SEASON > RELATIVE > VAGUE
    assert VAGUE < DAY and WEEK >= WEEK and MONTH <= WEEK
    assert sorted([VAGUE, DAY, MONTH]) == [VAGUE, MONTH, DAY]
    assert DAY.specificity == 5 and VAGUE.specificity == 0
    assert DAY == "day" and str(SEASON) == "season"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uppföljning vid behov, senast till hösten, helst vecka 38.", WEEK),
        ("Uppföljning 2024-05-14 eller löpande", DAY),
        ("Uppföljning löpande", VAGUE),
        ("Uppföljning om tre månader", RELATIVE),
        ("Ingen tid angiven", None),
    ],
)
def test_best_precision(text: str, expected: Precision | None) -> None:
    assert best_precision(find_dates(text)) == expected


def test_best_precision_of_nothing() -> None:
    assert best_precision([]) is None
    assert best_precision(iter([])) is None


def test_twenty_pages_is_fast() -> None:
    import time

    page = ("Mål: Jag vill börja skolan igen efter sommaren. Mamma säger att vi behöver hjälp.\n"
            "- BUP ansvarar för KBT varannan vecka, start vecka 38, uppföljning den 14 maj 2024 "
            "kl. 13.00.\n- IFO erbjuder stöd enligt SoL 4 kap. 1 §, t.ex. kontaktperson.\n"
            "Planen tillhör 19121212-1212. Nästa möte 2024-10-03 kl 9; om tre månader.\n") * 8
    text = page * 20  # about 60 000 characters
    started = time.perf_counter()
    mentions = find_dates(text, TODAY)
    assert time.perf_counter() - started < 1.0
    assert len(mentions) == 20 * 8 * 6


def test_a_capitalised_month_inside_a_sentence_is_a_name():
    # Swedish writes months in small letters: "avlösning för Maj" is for Maj, the wife
    assert find_dates("Karin undersöker avlösning för Maj.") == []
    assert [m.precision for m in find_dates("Uppföljning i maj.")] == [Precision.MONTH]
    assert [m.precision for m in find_dates("Maj: samtal med kurator")] == [Precision.MONTH]
    assert [m.precision for m in find_dates("möte 14 Maj 2025")] == [Precision.DAY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date a table cell wrapped after its hyphen is still the day
        ("Installation senast 2024-\n12-06", [("2024-\n12-06", DAY, date(2024, 12, 6))]),
        ("Beslut 2024-06- 07", [("2024-06- 07", DAY, date(2024, 6, 7))]),
        # a year and a month written ISO style
        ("Ekonomiskt bistånd 2024-09 – 2025-01",
         [("2024-09", MONTH, date(2024, 9, 1)), ("2025-01", MONTH, date(2025, 1, 1))]),
        # a day set by the plan's own event: a time, though no date
        ("Läkemedelslista skickas på utskrivningsdagen",
         [("på utskrivningsdagen", RELATIVE, None)]),
        ("Trygghetslarm installeras före hemgång", [("före hemgång", RELATIVE, None)]),
        # neither a personnummer nor a range of years is a month
        ("Personnummer 19121212-1212", []),
        ("Insatsen pågick 2019-2023", []),
    ],
)
def test_wrapped_dates_iso_months_and_event_days(text, expected):
    assert found(text) == expected
