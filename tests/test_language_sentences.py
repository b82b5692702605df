"""Swedish sentence splitting and word tokenising on plan-like text."""

from __future__ import annotations

import pytest

from sipcheck.language.sentences import Span, logical_lines, sentence_spans, split_sentences, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain sentences
        ("Jag vill börja skolan. Mamma följer med!", ["Jag vill börja skolan.",
                                                     "Mamma följer med!"]),
        ("Vad vill du? Jag vill hem.", ["Vad vill du?", "Jag vill hem."]),
        ("", []),
        ("   \n\n  ", []),
        # abbreviations that never end a sentence, even before a capital or a digit
        ("Vi pratar t.ex. om skolan. Sedan fika.", ["Vi pratar t.ex. om skolan.",
                                                   "Sedan fika."]),
        ("Stöd från bl.a. BUP och IFO.", ["Stöd från bl.a. BUP och IFO."]),
        ("Insatsen, d.v.s. KBT, börjar nu.", ["Insatsen, d.v.s. KBT, börjar nu."]),
        ("Kontakt med dvs. Försäkringskassan.", ["Kontakt med dvs. Försäkringskassan."]),
        ("Mötet tar ca. 2 timmar.", ["Mötet tar ca. 2 timmar."]),
        ("Mötet börjar kl. 13.00 i Köping. Ta med planen.",
         ["Mötet börjar kl. 13.00 i Köping.", "Ta med planen."]),
        ("Mötet slutar kl. 15.00. Nästa möte bokas.",
         ["Mötet slutar kl. 15.00.", "Nästa möte bokas."]),
        ("Hon har s.k. mobilt team.", ["Hon har s.k. mobilt team."]),
        ("Stöd gäller fr.o.m. 1 juni t.o.m. 31 augusti.",
         ["Stöd gäller fr.o.m. 1 juni t.o.m. 31 augusti."]),
        ("Se beslut nr. 45 från IFO.", ["Se beslut nr. 45 från IFO."]),
        ("Enligt SoL 4 kap. 1 § har hen rätt till stöd.",
         ["Enligt SoL 4 kap. 1 § har hen rätt till stöd."]),
        ("Mötet hölls den 3 dec. 2024 på BUP.", ["Mötet hölls den 3 dec. 2024 på BUP."]),
        # abbreviations that may end a sentence do so before a capital
        ("Vi pratade om skola, fritid m.m. Nästa möte i maj.",
         ["Vi pratade om skola, fritid m.m.", "Nästa möte i maj."]),
        ("Skola, hem o.s.v. Allt fungerar.", ["Skola, hem o.s.v.", "Allt fungerar."]),
        ("Skola, hem m.m. och fritid.", ["Skola, hem m.m. och fritid."]),
        ("Hon har fått 3 st. Nästa gång fler.", ["Hon har fått 3 st.", "Nästa gång fler."]),
        # numbers and dates with full stops
        ("Hon sover 2.5 timmar för lite. Det märks.",
         ["Hon sover 2.5 timmar för lite.", "Det märks."]),
        ("Planen skrevs 14.5.2024. Den följs upp i höst.",
         ["Planen skrevs 14.5.2024.", "Den följs upp i höst."]),
        # initials in anonymised plans
        ("Målet är att B. ska börja skolan.", ["Målet är att B. ska börja skolan."]),
        ("Kontaktperson är A. Nilsson på IFO.", ["Kontaktperson är A. Nilsson på IFO."]),
        # a lower-case word after ? or ! continues the sentence
        ("”Varför då?” frågade hon. Vi svarade.", ["”Varför då?” frågade hon.",
                                                  "Vi svarade."]),
        # closing quotes and brackets stay with their sentence
        ("Hon sa: ”Jag vill hem.” Sedan gick hon.",
         ["Hon sa: ”Jag vill hem.”", "Sedan gick hon."]),
        ("Stöd ges (se bilaga.) Nästa punkt.", ["Stöd ges (se bilaga.)", "Nästa punkt."]),
        # line breaks: bullets and form lines end a sentence without punctuation
        ("Insatser\n- Träffa kurator varje vecka\n- Kontakt med BUP",
         ["Insatser", "Träffa kurator varje vecka", "Kontakt med BUP"]),
        ("• gå till skolan\n• träffa vänner", ["gå till skolan", "träffa vänner"]),
        ("1. Träffa kurator\n2. Söka LSS", ["Träffa kurator", "Söka LSS"]),
        ("a) Skola\nb) Fritid", ["Skola", "Fritid"]),
        ("☒ Ja\n☐ Nej", ["Ja", "Nej"]),
        ("Namn: B.\nPersonnummer: 19121212-1212",
         ["Namn: B.", "Personnummer: 19121212-1212"]),
        ("Syfte med mötet\n\nAtt samordna insatserna.",
         ["Syfte med mötet", "Att samordna insatserna."]),
        ("Rubrik\r\nText på nästa rad.", ["Rubrik", "Text på nästa rad."]),
        # wrapped lines (PDF text) continue the sentence
        ("Han har haft svårt med sömnen och\nbehöver hjälp med rutiner.",
         ["Han har haft svårt med sömnen och\nbehöver hjälp med rutiner."]),
        ("Stöd från skolan, BUP,\nIFO och FK.", ["Stöd från skolan, BUP,\nIFO och FK."]),
        ("Kontakt med barn-\noch ungdomspsykiatrin.",
         ["Kontakt med barn-\noch ungdomspsykiatrin."]),
        ("Insatsen ska pågå\nunder hela läsåret.", ["Insatsen ska pågå\nunder hela läsåret."]),
        # "v." before a week number ends no sentence
        ("Skolsköterskan bokar ett samtal under v. 11. Rektor beslutar.",
         ["Skolsköterskan bokar ett samtal under v. 11.", "Rektor beslutar."]),
        # table cells joined by " | "
        ("Träffa kurator | BUP | vecka 38", ["Träffa kurator", "BUP", "vecka 38"]),
        # pieces without letters or digits are dropped
        ("-----\nText\n☐", ["Text"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jag vill börja skolan. Mamma följer med!",
        "Insatser\n- Träffa kurator varje vecka\n  - Kontakt med BUP  \n",
        "1. Träffa kurator\n2. Söka LSS | BUP | v. 38",
        "  Hon sa: ”Jag vill hem.” Sedan gick hon.  ",
    ],
)
def test_sentence_spans_point_into_the_text(text: str) -> None:
    spans = sentence_spans(text)
    assert spans
    for span in spans:
        assert isinstance(span, Span)
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip()
    assert [s.start for s in spans] == sorted(s.start for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jag vill börja skolan.", ["Jag", "vill", "börja", "skolan"]),
        ("Åsa är här, även Özil och Émile", ["Åsa", "är", "här", "även", "Özil", "och",
                                               "Émile"]),
        ("Müller på BUP", ["Müller", "på", "BUP"]),
        # hyphenated words are one word; a hanging hyphen is not part of the word
        ("KBT-behandling och e-post", ["KBT-behandling", "och", "e-post"]),
        ("barn- och ungdomspsykiatrin", ["barn", "och", "ungdomspsykiatrin"]),
        ("covid-19 och 3G", ["covid-19", "och", "3G"]),
        # numbers are not words
        ("Möte 2024-05-14 kl. 13.00", ["Möte", "kl"]),
        ("Vecka 38 och 14.5.2024", ["Vecka", "och"]),
        ("12 3 4,5", []),
        # genitive and ordinals with a colon, dotted abbreviations
        ("BUP:s läkare den 14:e", ["BUP:s", "läkare", "den", "14:e"]),
        ("t.ex. skolan", ["t.ex", "skolan"]),
        ("SoL 4 kap. 1 §", ["SoL", "kap"]),
        ("", []),
        ("– • ☐ ...", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A printed paragraph wrapped mid-sentence is one line.
        ("Planen ska hjälpa Liv\natt klara skoldagen.",
         ["Planen ska hjälpa Liv att klara skoldagen."]),
        ("Liv var med tillsammans med mamma och\npappa.",
         ["Liv var med tillsammans med mamma och pappa."]),
        # Form lines stay apart, also after a label with an empty value.
        ("Syfte: Samordning\nHuvudansvarig: Kurator",
         ["Syfte: Samordning", "Huvudansvarig: Kurator"]),
        ("Syfte:\nÖvrigt: inget", ["Syfte:", "Övrigt: inget"]),
        ("Arbetsterapeuten gör ett schema.\nDet är klart i maj.",
         ["Arbetsterapeuten gör ett schema.", "Det är klart i maj."]),
        # a verb that needs what follows goes on over a name on the next line
        ("Huvudansvaret för planen har\nNoahs case manager Sara, sjuksköterska.",
         ["Huvudansvaret för planen har Noahs case manager Sara, sjuksköterska."]),
        # … but not over a form's next label
        ("Det vi vet är\nAnsvarig: Kurator", ["Det vi vet är", "Ansvarig: Kurator"]),
        # a day broken over the lines: a month before its year, "Start" before the day
        ("Besök med boendestödjare – Boendestöd Krokom, maj\n2025. Klart",
         ["Besök med boendestödjare – Boendestöd Krokom, maj 2025. Klart"]),
        ("Ansvar: enhetschef, Krokoms kommun. Start\n2025-08-18.",
         ["Ansvar: enhetschef, Krokoms kommun. Start 2025-08-18."]),
        # a day alone on the line ends the sentence a long line began (fresh-98), but not
        # a label's value
        ("Hemtjänst: dusch en gång i veckan med start på utskrivningsdagen\n2024-11-07.",
         ["Hemtjänst: dusch en gång i veckan med start på utskrivningsdagen 2024-11-07."]),
        ("Nästa uppföljning\n2024-11-07", ["Nästa uppföljning", "2024-11-07"]),
        # a list separated by semicolons goes on over a line break inside an entry
        ("Mats (den enskilde); Malin, alkoholterapeut, Region\nGävleborg; Anders, kurator.",
         ["Mats (den enskilde); Malin, alkoholterapeut, Region Gävleborg; Anders, kurator."]),
        # … but a list's next item after a word that ends a sentence stays apart
        ("Vi ses i maj\n2. Samtal med kurator", ["Vi ses i maj", "2. Samtal med kurator"]),
        ("", []),
    ],
)
def test_logical_lines(text: str, expected: list[str]) -> None:
    assert logical_lines(text) == expected


def test_a_bracket_left_open_goes_on_over_the_line_break():
    # a template's hint wrapped over lines is one line, up to the closing bracket
    assert logical_lines("(Hur har den enskilde deltagit?\nOm den enskilde inte deltog, "
                         "ange orsak.)\nNästa fält") == [
        "(Hur har den enskilde deltagit? Om den enskilde inte deltog, ange orsak.)",
        "Nästa fält"]
    # a blank line ends it all the same
    assert logical_lines("Kontakt (se bilaga\n\nNästa") == ["Kontakt (se bilaga", "Nästa"]
    # a label of alternatives wrapped after a slash
    assert logical_lines("Vårdnadshavare / god man /\nförvaltare") == [
        "Vårdnadshavare / god man / förvaltare"]
