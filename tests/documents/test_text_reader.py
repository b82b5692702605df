"""Plain-text and Markdown readers: decoding, blocks, Markdown structure, locations."""

from __future__ import annotations

from pathlib import Path

import pytest

from sipcheck.documents import read_document
from sipcheck.documents.markdown_reader import read_markdown, strip_inline
from sipcheck.documents.model import BlockKind, Location, Status
from sipcheck.documents.text_blocks import decode_bytes
from sipcheck.documents.text_layout import clean_line
from sipcheck.documents.text_reader import read_text


def write(tmp_path: Path, data: str | bytes, name: str = "plan.txt") -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def summary(doc) -> list[tuple]:
    return [(b.kind, b.text, b.location.line) for b in doc.blocks]


# --- decoding ---------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    "Mål för året\n".encode(),
    b"\xef\xbb\xbf" + "Mål för året\n".encode(),
    "Mål för året\n".encode("cp1252"),
    "Mål för året\n".encode("utf-16"),  # Notepad's "Unicode", with BOM
])
def test_encodings(tmp_path, data):
    doc = read_text(write(tmp_path, data))
    assert doc.ok and doc.format == "txt"
    assert summary(doc) == [(BlockKind.PARAGRAPH, "Mål för året", 1)]


def test_cp1252_punctuation_is_not_latin1_control_codes():
    assert decode_bytes("Insats – ”stöd” €".encode("cp1252")) == "Insats – ”stöd” €"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    assert decode_bytes(b"Plan f\xf6r \xc5sa\n") == "Plan för Åsa\n"


def test_nul_bytes_are_unreadable(tmp_path):
    doc = read_text(write(tmp_path, b"Plan\x00\x00\x01\x02 binary"))
    assert doc.status is Status.UNREADABLE
    assert "ser inte ut att vara en textfil" in doc.message and doc.message_en


def test_mostly_undecodable_is_unreadable(tmp_path):
    doc = read_text(write(tmp_path, bytes(range(1, 32)) * 20 + b"abc"))
    assert doc.status is Status.UNREADABLE
    assert "ser inte ut att vara en textfil" in doc.message


def test_whitespace_only_file_is_unreadable(tmp_path):
    doc = read_text(write(tmp_path, " \n\t\n"))
    assert doc.status is Status.UNREADABLE and "ingen text" in doc.message


def test_missing_file_is_unreadable(tmp_path):
    doc = read_text(tmp_path / "saknas.txt")
    assert doc.status is Status.UNREADABLE and doc.message


# --- plain text ---------------------------------------------------------------------------

def test_paragraphs_keep_line_breaks_and_first_line_number(tmp_path):
    doc = read_text(write(tmp_path,
                          "\nAnna bor hemma.\nHon vill handla själv.\n\n\nNästa stycke.\n"))
    assert summary(doc) == [
        (BlockKind.PARAGRAPH, "Anna bor hemma.\nHon vill handla själv.", 2),
        (BlockKind.PARAGRAPH, "Nästa stycke.", 6),
    ]
    assert doc.blocks[0].location == Location(line=2)


def test_whitespace_normalised(tmp_path):
    doc = read_text(write(tmp_path,
                          "  Anna\u00a0\u00a0bor\t\themma  och  trivs med\u00adpersonalen \n"))
    assert doc.blocks[0].text == "Anna bor hemma och trivs medpersonalen"


def test_windows_line_endings(tmp_path):
    doc = read_text(write(tmp_path, "Rad ett\r\nRad två\r\n\r\nRad fyra\r\n"))
    assert summary(doc) == [(BlockKind.PARAGRAPH, "Rad ett\nRad två", 1),
                            (BlockKind.PARAGRAPH, "Rad fyra", 4)]


def test_a_tab_separated_export_with_empty_fields_at_the_end_is_one_table(tmp_path):
    # "Huvudansvar<TAB><TAB><TAB>": the empty cells at a line's end are cells too, so the
    # header and every row stay in one table of four columns
    doc = read_text(write(tmp_path, "Del\tInnehåll\tAnsvarig\tDatum\r\n"
                                    "Deltagare\tDotter\t\t\r\n"
                                    "Insats\tTrygghetslarm\tBiståndshandläggare\t2025-05-27\r\n"
                                    "Huvudansvar\t\t\t\r\n"))
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["Del", "Innehåll", "Ansvarig", "Datum"], ["Deltagare", "Dotter", "", ""],
        ["Insats", "Trygghetslarm", "Biståndshandläggare", "2025-05-27"],
        ["Huvudansvar", "", "", ""]]


def test_a_form_drawn_with_box_characters_reads_box_by_box(tmp_path):
    # each box a label and its value, the borders no text; a box split into columns a table
    doc = read_text(write(tmp_path, (
        "┌──────────────────────────────┐\n"
        "│ Deltagare                    │\n"
        "│ Gunnar; sonen Per            │\n"
        "└──────────────────────────────┘\n"
        "┌──────────────────────────────┐\n"
        "│ Syfte med SIP                │\n"
        "│ Att Gunnar kan bo kvar.      │\n"
        "├──────────────┬───────────────┤\n"
        "│ Insats       │ Ansvarig      │\n"
        "├──────────────┼───────────────┤\n"
        "│ Trygghetslarm│ Biståndshandl.│\n"
        "└──────────────┴───────────────┘\n")))
    assert [b.text for b in doc.blocks][:4] == ["Deltagare", "Gunnar; sonen Per",
                                                "Syfte med SIP", "Att Gunnar kan bo kvar."]
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [[c.text for c in row] for row in table.rows][-1] == ["Trygghetslarm",
                                                                 "Biståndshandl."]
    assert "─" not in "".join(b.text for b in doc.blocks)


def test_a_csv_export_is_its_facts_and_a_table(tmp_path):
    # "Label,value" lines above a header without spaces after its commas; a value quoted
    # where it holds a comma is one cell
    doc = read_text(write(tmp_path, "\ufeffHuvudansvarig,\"Amir, Socialpsykiatrin Botkyrka\"\r\n"
                                    "Syfte,Samordning\r\n\r\n"
                                    "Område,Insats,Ansvarig,Start\r\n"
                                    "Boende,Boendestöd,\"Boendestödjare, Botkyrka kommun\","
                                    "2025-03-17\r\n"))
    assert [b.text for b in doc.blocks][:2] == [
        "Huvudansvarig: Amir, Socialpsykiatrin Botkyrka", "Syfte: Samordning"]
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Område", "Insats", "Ansvarig", "Start"],
        ["Boende", "Boendestöd", "Boendestödjare, Botkyrka kommun", "2025-03-17"]]


def test_a_list_in_prose_with_commas_is_no_csv(tmp_path):
    doc = read_text(write(tmp_path, "Deltagare, roller, enheter\n"
                                    "Anna, kurator, BUP Köping\nPer, ssk, VC Arboga\n"))
    assert not any(b.kind is BlockKind.TABLE for b in doc.blocks)


def test_a_wikis_html_table_in_markdown_is_a_table_and_lines_still_match(tmp_path):
    doc = read_markdown(write(tmp_path, (
        "## Deltagare\n<table>\n<tr><th>Namn</th><th>Funktion</th></tr>\n"
        "<tr><td>Johanna</td><td>Socialsekreterare, <b>IFO Umeå</b></td></tr>\n"
        "</table>\n\nSyfte: Att A. får ett boende.\n"), "plan.md"))
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Namn", "Funktion"], ["Johanna", "Socialsekreterare, IFO Umeå"]]
    assert doc.blocks[-1].text == "Syfte: Att A. får ett boende."
    assert doc.blocks[-1].location.line == 7


def test_a_web_forms_required_field_label_stands_apart_from_its_value(tmp_path):
    # "Syfte med planen*" over its answer, "(obligatoriskt)" too: a label, not a sentence
    doc = read_text(write(tmp_path, "Syfte med planen*\nAtt Ella kan gå i skolan igen.\n"
                                    "Frågeställningar (obligatoriskt)\nDiskutera läget.\n"))
    assert [b.text for b in doc.blocks] == [
        "Syfte med planen*", "Att Ella kan gå i skolan igen.",
        "Frågeställningar (obligatoriskt)", "Diskutera läget."]


def test_capitals_line_followed_by_text_is_split(tmp_path):
    doc = read_text(write(tmp_path, "MÅL\nAnna vill bo kvar hemma.\nOch handla själv.\n\n"
                                    "ÖVERGRIPANDE MÅL\n\nAtt må bra.\n"))
    assert summary(doc) == [
        (BlockKind.PARAGRAPH, "MÅL", 1),
        (BlockKind.PARAGRAPH, "Anna vill bo kvar hemma.\nOch handla själv.", 2),
        (BlockKind.PARAGRAPH, "ÖVERGRIPANDE MÅL", 5),
        (BlockKind.PARAGRAPH, "Att må bra.", 7),
    ]
    assert all(b.kind is BlockKind.PARAGRAPH for b in doc.blocks)


def test_a_mail_quoted_in_a_reply_is_read_without_its_quote_marks(tmp_path):
    doc = read_text(write(tmp_path, "Hej alla!\nHär är läget.\n\n"
                                    "-----Ursprungligt meddelande-----\n"
                                    "> SYFTE\n> Sara behöver en ny daglig verksamhet.\n>\n"
                                    "> > Huvudansvar: LSS-handläggaren\n"))
    assert summary(doc) == [
        (BlockKind.PARAGRAPH, "Hej alla!\nHär är läget.", 1),
        (BlockKind.PARAGRAPH, "-----Ursprungligt meddelande-----", 4),
        (BlockKind.PARAGRAPH, "SYFTE", 5),
        (BlockKind.PARAGRAPH, "Sara behöver en ny daglig verksamhet.", 6),
        (BlockKind.PARAGRAPH, "Huvudansvar: LSS-handläggaren", 8),
    ]
    one = read_text(write(tmp_path, "Ålder\n> 18 år\nBor hemma.\n"))
    assert "> 18 år" in one.text()  # one line opening with ">" is no quoted mail


def test_a_chat_export_is_read_without_each_messages_time_and_sender(tmp_path):
    doc = read_text(write(tmp_path, "[2025-03-04 13:12] Anna (Socialtjänsten): Hej alla!\n\n"
                                    "[2025-03-04 13:15] Anna (Socialtjänsten): Syfte: L. ska "
                                    "tillbaka till skolan.\n\n[2025-03-04 13:18] Jonas "
                                    "(Beroendemottagningen): Ansvar: jag.\n"))
    assert [b.text for b in doc.blocks] == [
        "Hej alla!", "Syfte: L. ska tillbaka till skolan.", "Ansvar: jag."]
    phone = read_text(write(tmp_path, "Lisa 14:02: Hej Jonna!\nJonna 14:04: ok tack\n"
                                      "Lisa 14:06: Mål: bo själv.\n"))
    assert "Lisa 14:02" not in phone.text() and "Mål: bo själv." in phone.text()



def test_an_exports_key_equals_value_lines_are_labels_with_their_lines(tmp_path):
    """"INSATSER=Fortsatt kontakt … \\n Stöd vid behov.": a case system's export writes each
    field as its key in capitals, "=" and the value, line breaks in it escaped as "\\n"."""
    doc = read_text(write(tmp_path, "SYFTE=Samordning av insatser.\nSAMTYCKE=\n"
                                    "INSATSER=Fortsatt kontakt. \\n Stöd vid behov.\n"
                                    "ANDRA_AKTÖRER=AF är informerad.\n"))
    assert [b.text for b in doc.blocks] == [
        "SYFTE: Samordning av insatser.", "SAMTYCKE:", "INSATSER: Fortsatt kontakt.",
        "Stöd vid behov.", "ANDRA AKTÖRER: AF är informerad."]

def test_label_line_followed_by_text_is_split(tmp_path):
    doc = read_text(write(tmp_path, "Huvudansvarig:\nEva Svensson\nNästa möte:\n12 maj\n"))
    assert [b.text for b in doc.blocks] == ["Huvudansvarig:", "Eva Svensson", "Nästa möte:",
                                            "12 maj"]
    assert [b.location.line for b in doc.blocks] == [1, 2, 3, 4]


def test_label_value_lines_and_sentence_colons_stay_together(tmp_path):
    doc = read_text(write(tmp_path, "Namn: Anna Andersson\nDatum: 2025-05-12\n\n"
                                    "Anna berättade att hon vill\nfortsätta med följande:\n"
                                    "promenader och bad.\n"))
    assert [b.text for b in doc.blocks] == [
        "Namn: Anna Andersson\nDatum: 2025-05-12",
        "Anna berättade att hon vill\nfortsätta med följande:\npromenader och bad.",
    ]


def test_list_items_one_block_each_without_marker(tmp_path):
    doc = read_text(write(tmp_path, "Insatser:\n- Boendestöd\n* Ledsagning\n• Hemtjänst\n"
                                    "– Dagverksamhet\n1. Första\n2) Andra\n"
                                    "- Lång punkt som\n  fortsätter här\nVanlig text.\n"))
    assert [(b.text, b.list_item, b.location.line) for b in doc.blocks] == [
        ("Insatser:", False, 1),
        ("Boendestöd", True, 2),
        ("Ledsagning", True, 3),
        ("Hemtjänst", True, 4),
        ("Dagverksamhet", True, 5),
        ("Första", True, 6),
        ("Andra", True, 7),
        ("Lång punkt som\nfortsätter här", True, 8),
        ("Vanlig text.", False, 10),
    ]


def test_word_s_second_level_bullet_pasted_as_a_letter_is_a_bullet(tmp_path):
    # a plan pasted from a web page or Word keeps its "o" bullets (fresh-76)
    doc = read_text(write(tmp_path, "Frågeställningar\no Diskutera läget\no Hur går det framåt\n"))
    assert [(b.text, b.list_item) for b in doc.blocks] == [
        ("Frågeställningar", False), ("Diskutera läget", True), ("Hur går det framåt", True)]


def test_an_item_set_in_from_the_margin_goes_on_in_lines_as_far_in(tmp_path):
    # a web form's answer: the items stand as far in as the answer, and so do their
    # wrapped lines, one starting a new sentence ("Specialpedagog, … Från …" is the
    # item's who and when); a field under an item keeps its own line
    doc = read_text(write(tmp_path, "Svar: Se nedan.\n"
                                    "      2) Fast vuxen varje morgon och lugn plats för lunch.\n"
                                    "      Specialpedagog, Västra skolan. Från 2025-02-03.\n"
                                    "      3) Stödsamtal varje vecka.\n"
                                    "      Ansvarig: Skolkurator\n"))
    assert [b.text for b in doc.blocks if b.list_item] == [
        "Fast vuxen varje morgon och lugn plats för lunch. Specialpedagog, Västra skolan. "
        "Från 2025-02-03.",
        "Stödsamtal varje vecka.\nAnsvarig: Skolkurator"]


def test_numbers_and_dates_are_not_list_items(tmp_path):
    doc = read_text(write(tmp_path, "2025-05-12 möte\n1.5 timmar i veckan\n"))
    assert [b.list_item for b in doc.blocks] == [False]


def test_a_table_drawn_with_pipes_in_a_text_file_is_a_table(tmp_path):
    # drawn, not marked up: a text file's table has its columns by its pipes and rule
    doc = read_text(write(tmp_path, "| Insats | Ansvarig |\n|---|---|\n| Stöd | Kommunen |\n"))
    assert [b.kind for b in doc.blocks] == [BlockKind.TABLE]
    assert [[c.text for c in row] for row in doc.blocks[0].rows] == [
        ["Insats", "Ansvarig"], ["Stöd", "Kommunen"]]


def test_a_record_exports_bordered_table_joins_each_rows_wrapped_lines(tmp_path):
    # a record system's print: borders of pipes, "|====|" under the header, "|----|"
    # between the rows, each cell wrapped onto the row's further lines
    doc = read_text(write(tmp_path, (
        "INSATSER\n"
        "| Nr | Insats/åtgärd                  | Ansvarig enhet/funktion | Tidpunkt       |\n"
        "|====|================================|=========================|================|\n"
        "| 1  | Stegvis återgång med anpassat  | Rektor och mentor,      | fr.o.m.        |\n"
        "|    | schema, börjar med 3 lektioner | Skolenheten Kumla       | 2025-02-24     |\n"
        "|----|--------------------------------|-------------------------|----------------|\n"
        "| 2  | Stödsamtal med kurator varje   | Kurator, Elevhälsan     | onsdagar       |\n"
        "|    | vecka                          | Kumla                   | fr.o.m.        |\n"
        "|    |                                |                         | 2025-02-19     |\n"
        "|----|--------------------------------|-------------------------|----------------|\n"
        ).encode("cp1252"), "export.txt"))
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Nr", "Insats/åtgärd", "Ansvarig enhet/funktion", "Tidpunkt"],
        ["1", "Stegvis återgång med anpassat schema, börjar med 3 lektioner",
         "Rektor och mentor, Skolenheten Kumla", "fr.o.m. 2025-02-24"],
        ["2", "Stödsamtal med kurator varje vecka", "Kurator, Elevhälsan Kumla",
         "onsdagar fr.o.m. 2025-02-19"]]


def test_markdown_markup_is_kept_in_text_files(tmp_path):
    doc = read_text(write(tmp_path, "# Inte rubrik\n**fet**\n"))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]
    assert doc.blocks[0].text == "# Inte rubrik\n**fet**"


def test_decoration_lines_separate_paragraphs(tmp_path):
    doc = read_text(write(tmp_path, "Uppföljning\n==========\nDen 12 maj.\n"))
    assert [b.text for b in doc.blocks] == ["Uppföljning", "Den 12 maj."]


def test_dispatcher_reads_txt(tmp_path):
    doc = read_document(write(tmp_path, "Hej"))
    assert doc.ok and doc.blocks[0].text == "Hej"


# --- Markdown -------------------------------------------------------------------------------

def md(tmp_path: Path, text: str | bytes, name: str = "plan.md"):
    return read_markdown(write(tmp_path, text, name))


def test_atx_and_setext_headings(tmp_path):
    doc = md(tmp_path, "# Samordnad plan #\n\nSyfte\n=====\n\nMina mål\n--------\n\n"
                       "### Nästa möte\n###### Djup\n#ingen rubrik\n")
    assert [(b.kind, b.text, b.level, b.location.line) for b in doc.blocks] == [
        (BlockKind.HEADING, "Samordnad plan", 1, 1),
        (BlockKind.HEADING, "Syfte", 1, 3),
        (BlockKind.HEADING, "Mina mål", 2, 6),
        (BlockKind.HEADING, "Nästa möte", 3, 9),
        (BlockKind.HEADING, "Djup", 6, 10),
        (BlockKind.PARAGRAPH, "#ingen rubrik", None, 11),
    ]


def test_thematic_break_after_blank_line_is_not_a_heading(tmp_path):
    doc = md(tmp_path, "Text.\n\n---\n\nMer text.\n")
    assert summary(doc) == [(BlockKind.PARAGRAPH, "Text.", 1),
                            (BlockKind.PARAGRAPH, "Mer text.", 5)]


def test_markdown_list_items_nested(tmp_path):
    doc = md(tmp_path, "Insatser:\n\n- Boendestöd\n  två dagar\n  - nästlad punkt\n"
                       "* stjärna\n+ plus\n1. ett\n   10) tio\n")
    assert [(b.text, b.list_item, b.location.line) for b in doc.blocks] == [
        ("Insatser:", False, 1),
        ("Boendestöd\ntvå dagar", True, 3),
        ("nästlad punkt", True, 5),
        ("stjärna", True, 6),
        ("plus", True, 7),
        ("ett", True, 8),
        ("tio", True, 9),
    ]


def test_pipe_table_cells_locations_and_escaped_pipes(tmp_path):
    doc = md(tmp_path, "Planering\n\n"
                       "| Insats | Ansvarig \\| roll | När |\n"
                       "|:-------|:---:|---:|\n"
                       "| **Boendestöd** | Kommunen \\| SoL | mars |\n"
                       "Ledsagning | | april\n"
                       "\n"
                       "| Andra | tabellen |\n| --- | --- |\n| a | b |\n")
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE,
                                           BlockKind.TABLE]
    table = doc.blocks[1]
    assert table.location == Location(line=3, table=1)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Insats", "Ansvarig | roll", "När"],
        ["Boendestöd", "Kommunen | SoL", "mars"],
        ["Ledsagning", "", "april"],
    ]
    assert table.rows[1][1].location == Location(line=5, table=1, row=2, cell=2)
    assert table.rows[2][2].location == Location(line=6, table=1, row=3, cell=3)
    assert table.text.splitlines()[0] == "Insats | Ansvarig | roll | När"
    second = doc.blocks[2]
    assert second.location == Location(line=8, table=2)
    assert second.rows[1][0].location == Location(line=10, table=2, row=2, cell=1)


def test_pipes_without_separator_are_not_a_table(tmp_path):
    doc = md(tmp_path, "Mamma | pappa | syskon\n")
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]


def test_bold_paragraph(tmp_path):
    doc = md(tmp_path, "**Mina mål**\n\n__Nästa möte:__\n\nText med **lite** fetstil.\n\n"
                       "**Mål:**\nAnna vill handla själv.\n\n**Två** och **tre**\n")
    assert [(b.text, b.bold) for b in doc.blocks] == [
        ("Mina mål", True),
        ("Nästa möte:", True),
        ("Text med lite fetstil.", False),
        ("Mål:", True),
        ("Anna vill handla själv.", False),
        ("Två och tre", False),
    ]


def test_inline_markup_stripped():
    assert strip_inline("**Fet** och __fet__, *kursiv* och _kursiv_, `kod_med_understreck`, "
                        "[länk](https://example.se) ![bild](a.png) ~~struken~~ "
                        "snake_case_namn 2*3*4 \\*stjärna\\*") == (
        "Fet och fet, kursiv och kursiv, kod_med_understreck, länk bild struken "
        "snake_case_namn 2*3*4 *stjärna*")
    assert strip_inline("Rad ett<br>rad två <span>och</span> <https://x.se>") == (
        "Rad ett\nrad två och https://x.se")


def test_blockquotes_and_comments(tmp_path):
    doc = md(tmp_path, "<!-- exporterad\nav systemet -->\n> Citat från Anna\n> på två rader\n"
                       "\nText <!-- dold --> synlig.\n")
    assert summary(doc) == [
        (BlockKind.PARAGRAPH, "Citat från Anna\npå två rader", 3),
        (BlockKind.PARAGRAPH, "Text synlig.", 6),
    ]


def test_fenced_code_is_plain_text(tmp_path):
    doc = md(tmp_path, "```\n# inte rubrik\n- inte punkt\n```\nEfter.\n")
    assert summary(doc) == [
        (BlockKind.PARAGRAPH, "# inte rubrik\n- inte punkt", 2),
        (BlockKind.PARAGRAPH, "Efter.", 5),
    ]


def test_markdown_capitals_heading_split_and_cp1252(tmp_path):
    doc = md(tmp_path, "NULÄGE\nAnna bor hemma.\n".encode("cp1252"))
    assert summary(doc) == [(BlockKind.PARAGRAPH, "NULÄGE", 1),
                            (BlockKind.PARAGRAPH, "Anna bor hemma.", 2)]


def test_capitals_setext_heading_stays_a_heading(tmp_path):
    doc = md(tmp_path, "SYFTE\n=====\nAtt samordna insatserna.\n")
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (BlockKind.HEADING, "SYFTE", 1),
        (BlockKind.PARAGRAPH, "Att samordna insatserna.", None),
    ]


def test_markdown_nul_bytes_unreadable(tmp_path):
    doc = md(tmp_path, b"\x00\x01PK\x03\x04")
    assert doc.status is Status.UNREADABLE and doc.format == "md"


@pytest.mark.parametrize("name", ["plan.md", "plan.markdown"])
def test_dispatcher_reads_markdown(tmp_path, name):
    doc = read_document(write(tmp_path, "# Plan\n\nText.\n", name))
    assert doc.ok and doc.format == name.split(".")[1]
    assert doc.blocks[0].kind is BlockKind.HEADING


def test_clean_line():
    assert clean_line("  a\u00a0\u202fb\u200b  c\u00ad d ") == "a b c d"
    assert clean_line("a\u0308") == "ä"  # decomposed to NFC


def test_a_list_in_front_matter_is_kept(tmp_path):
    # a wiki's metadata block lists who took part under its key; none of it may be lost
    doc = md(tmp_path, "---\ndatum: 2025-03-05\nnärvarande:\n  - N. (elev)\n"
                       "  - Kurator, BUP Västerås\n---\n\n# SIP-möte\n")
    assert [(b.text, b.list_item) for b in doc.blocks] == [
        ("datum: 2025-03-05", False), ("närvarande:", False), ("N. (elev)", True),
        ("Kurator, BUP Västerås", True), ("SIP-möte", False)]


def test_arrows_are_bullets_and_a_bracketed_field_is_a_label(tmp_path):
    doc = read_document(write(tmp_path, "Det här bestämde vi:\n\n"
                              "→ Karin (mentor) gör ett schema senast 21/3\n"
                              "→ Petra (BUP) bokar ett besök\n\n"
                              "[Syfte med planen]\n______\n[Datum]  ÅÅÅÅ-MM-DD\n"))
    assert [(b.text, b.list_item) for b in doc.blocks] == [
        ("Det här bestämde vi:", False),
        ("Karin (mentor) gör ett schema senast 21/3", True), ("Petra (BUP) bokar ett besök", True),
        ("Syfte med planen:", False), ("Datum: ÅÅÅÅ-MM-DD", False)]


def test_a_paragraph_all_in_italics_is_marked_so(tmp_path):
    doc = md(tmp_path, "## Samtycke\n\n_Hur lämnades samtycket och när?_\n\n"
                       "**Datum:** 2025-01-10\n\nVanlig *betonad* text.\n")
    assert [(b.text, b.italic) for b in doc.blocks] == [
        ("Samtycke", False), ("Hur lämnades samtycket och när?", True),
        ("Datum: 2025-01-10", False), ("Vanlig betonad text.", False)]


def test_a_list_item_wrapped_onto_an_indented_line_is_one_line(tmp_path):
    text = ("INSATSER\r\n"
            "- Kurator på VUP (vuxenpsykiatrin, psykiatrisk öppenvård Fagersta) träffar\r\n"
            "  K. varannan tisdag från v. 4.\r\n"
            "- Boendestöd två gånger i veckan\r\n"
            "  Ansvarig: Socialpsykiatrin Fagersta\r\n"
            "1. SYFTE MED SIP\r\n"
            "   [x] Samordna insatser\r\n")
    blocks = read_text(write(tmp_path, text)).blocks
    items = [b.text for b in blocks if b.list_item]
    assert items[0] == ("Kurator på VUP (vuxenpsykiatrin, psykiatrisk öppenvård Fagersta) "
                        "träffar K. varannan tisdag från v. 4.")
    # a field under an item, and a box under a numbered heading, keep their own lines
    assert items[1] == "Boendestöd två gånger i veckan\nAnsvarig: Socialpsykiatrin Fagersta"
    assert "SYFTE MED SIP\n[x] Samordna insatser" in [b.text for b in blocks]


def test_a_task_lists_long_items_to_do_are_measures_and_short_ones_boxes(tmp_path):
    """"- [ ] Daglig vägning på morgonen … (Hemtjänst Hammerdal, från 2025-04-07)" is a
    measure still to be done; "- [ ] Samtycke till SIP inhämtat (muntligt/skriftligt,
    datum)" is a form's box left unticked."""
    doc = read_markdown(write(tmp_path, (
        "**Åtgärder**\n\n"
        "- [ ] Daglig vägning på morgonen, vikten skrivs i listan på kylskåpet (Hemtjänst "
        "Hammerdal, från 2025-04-07)\n"
        "- [ ] Samtycke till SIP inhämtat (muntligt/skriftligt, datum)\n"), name="plan.md"))
    items = [b.text for b in doc.blocks if b.list_item]
    assert items[0].startswith("Daglig vägning på morgonen")
    assert items[1].startswith("[ ] Samtycke till SIP inhämtat")


def test_a_line_framed_by_marks_is_a_heading_whatever_its_words(tmp_path):
    # a record system's "*** RUBRIK ***" parts, and the typist's own "** Vad L säger **"
    # under the questions: the person's words stand under their heading, not as questions
    from helpers import checklist_named

    from sipcheck.engine import assess
    from sipcheck.sections import find_sections

    path = tmp_path / "plan.txt"
    path.write_text("*** FRÅGESTÄLLNINGAR ***\nPrata om läget.\n\n** Vad L säger **\n"
                    "L deltog hela mötet. Han undrar varför det måste vara så många möten.\n"
                    "\n--- Insatser ---\n1) Samtal en gång i veckan / ansv: behandlare, "
                    "Mini-Maria Mora / klart: start 2025-02-19\n", encoding="utf-8")
    doc = read_text(path)
    assert [(b.kind, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, "FRÅGESTÄLLNINGAR"), (BlockKind.HEADING, "Vad L säger"),
        (BlockKind.HEADING, "Insatser")]
    assert "Prata om läget." in doc.text() and "**" not in doc.text()
    plan = find_sections(doc, checklist_named().vocabulary())
    levels = {r.id: r.level for r in assess(plan, checklist_named())}
    assert levels["fragestallningar"] == "delvis"


def test_a_case_systems_field_equals_value_lines_are_labels_and_their_cut_values_go_on(
        tmp_path):
    # a case system's export: "Fältnamn = värde", a value cut at the field's length and
    # continued on a "(forts.)" line; an empty field says nothing
    path = tmp_path / "plan.txt"
    path.write_text("SIP-EXPORT  Katrineholms kommun\nÄrendetyp = SIP\nSyfte = \n"
                    "Frågeställningar = Diskutera läget.\n"
                    "Andra aktörer = Bengt (make) ger Margit hennes läkemedel på kvällar\n"
                    "(forts.) och helger när hemtjänsten inte kommer.\n"
                    "Uppföljning = 2025-06-17 kl. 13.30, Vårdcentralen Katrineholm\n",
                    encoding="utf-8")
    texts = [b.text for b in read_text(path).blocks]
    assert "Frågeställningar: Diskutera läget." in texts
    assert "Syfte:" in texts
    assert "Andra aktörer: Bengt (make) ger Margit hennes läkemedel på kvällar\n" \
           "och helger när hemtjänsten inte kommer." in texts


def test_a_dictations_spoken_commands_make_its_lines_headings_and_sentences(tmp_path):
    # an uncorrected speech-recognition transcript, wrapped at 80: "ny rad" ends a line,
    # "punkt" a sentence (or begins a list item), "rubrik syfte" is a heading
    doc = read_text(write(tmp_path, (
        "Diktamen – transkribering\n"
        "Tjänst: Taligenkänning (automatisk), ej korrekturläst\n\n"
        "okej då börjar vi ny rad rubrik syfte ny rad syftet är att M-L ska kunna flytta\n"
        "hem punkt hon vill ha samtalen i Sollefteå punkt ny rad rubrik insatser ny rad\n"
        "punkt kuratorn ser över det ekonomiska ny rad punkt socialtjänsten ger stöd\n"
        "vid behov ny rad uppföljning om en månad punkt ny rad\n")))
    lines = [line for block in doc.blocks for line in block.text.split("\n")]
    assert lines[lines.index("Syfte") + 1] == \
        "Syftet är att M-L ska kunna flytta hem. Hon vill ha samtalen i Sollefteå."
    assert lines[lines.index("Insatser") + 1:] == [
        "Kuratorn ser över det ekonomiska", "Socialtjänsten ger stöd vid behov",
        "Uppföljning om en månad."]
    assert [block.list_item for block in doc.blocks[-3:]] == [True, True, False]
    assert doc.blocks[-1].location.line == 7  # where it was said, in the file


def test_a_text_that_says_punkt_now_and_then_is_no_dictation(tmp_path):
    doc = read_text(write(tmp_path, "Syfte\nVi går igenom punkt 3 på ny rad i listan.\n"
                                    "Insatser: punkt 1 och punkt 2 ny rad.\n"))
    assert doc.blocks[0].text == "Syfte"
    assert "Vi går igenom punkt 3 på ny rad i listan." in doc.blocks[1].text


def test_a_mermaid_gantt_charts_tasks_are_measures_of_their_sections(tmp_path):
    # "section Dottern Eva" over "Handlar större inköp varannan lördag :d1, 2025-03-08, 56d":
    # the daughter's measure, from that day for eight weeks; the chart's settings are no text
    doc = read_markdown(write(tmp_path, (
        "## Insatser\n\n"
        "```mermaid\n"
        "gantt\n"
        "    title Insatser mars–april 2025\n"
        "    dateFormat  YYYY-MM-DD\n"
        "    section Hemtjänst Borgholm norra\n"
        "    Morgonhjälp dusch och påklädning :a1, 2025-03-03, 42d\n"
        "    section Hälsocentralen Borgholm – distriktssköterska\n"
        "    Suturtagning i hemmet :milestone, c1, 2025-03-06, 0d\n"
        "    section Dottern Eva\n"
        "    Handlar större inköp varannan lördag :d1, 2025-03-08, 56d\n"
        "```\n"), name="plan.md"))
    assert [(block.text, block.list_item, block.location.line) for block in doc.blocks[1:]] == [
        ("Insatser mars–april 2025", False, 5),
        ("Hemtjänst Borgholm norra: Morgonhjälp dusch och påklädning, från 2025-03-03 i "
         "42 dagar", True, 8),
        ("Hälsocentralen Borgholm – distriktssköterska: Suturtagning i hemmet, 2025-03-06",
         True, 10),
        ("Dottern Eva: Handlar större inköp varannan lördag, från 2025-03-08 i 56 dagar",
         True, 12)]


def test_a_fenced_block_of_other_code_stays_as_it_is(tmp_path):
    doc = read_markdown(write(tmp_path, "```\nsection Hemtjänst\nInköp :a1, 2025-03-05, 5d\n```\n",
                              name="plan.md"))
    assert [block.text for block in doc.blocks] == ["section Hemtjänst\nInköp :a1, 2025-03-05, 5d"]


def test_a_semicolon_export_with_values_over_several_lines_is_one_table(tmp_path):
    # a Swedish spreadsheet's export: ";" between quoted values, a value with line breaks
    # and doubled quotes inside it, a row a part
    doc = read_text(write(tmp_path, (
        '"PlanId";"Del";"Innehåll"\n'
        '"SIP-0142";"Syfte";"Syftet är att Linnea ska kunna flytta\n'
        'till egen lägenhet under hösten."\n'
        '"SIP-0142";"Den enskildes mål";"Linnea: ""Jag vill bo själv."""\n')))
    [table] = [block for block in doc.blocks if block.kind is BlockKind.TABLE]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["PlanId", "Del", "Innehåll"],
        ["SIP-0142", "Syfte",
         "Syftet är att Linnea ska kunna flytta\ntill egen lägenhet under hösten."],
        ["SIP-0142", "Den enskildes mål", 'Linnea: "Jag vill bo själv."']]
    assert [row[0].location.line for row in table.rows] == [1, 2, 4]


def test_a_case_systems_json_export_is_read_key_by_key_as_its_yaml_export(tmp_path):
    # {"syfte": …, "insatser": [{"vad": …, "vem": …, "nar": …}], …}: each key a field, each
    # measure a list item with its own keys, an empty value an empty field, each at its line
    doc = read_text(write(tmp_path, (
        '{\n'
        '  "syfte": "Att M. ska kunna flytta hem efter utskrivningen.",\n'
        '  "fragestallningar": "",\n'
        '  "samtycke": {\n'
        '    "lamnat": true,\n'
        '    "form": "Muntligt"\n'
        '  },\n'
        '  "insatser": [\n'
        '    {\n'
        '      "vad": "Boendestöd 3 timmar/vecka",\n'
        '      "vem": "Socialtjänsten Gotland, boendestödet",\n'
        '      "nar": "Start vecka 17"\n'
        '    }\n'
        '  ],\n'
        '  "uppfoljning": "2025-05-27"\n'
        '}\n')))
    assert [(block.text, block.location.line) for block in doc.blocks] == [
        ("syfte: Att M. ska kunna flytta hem efter utskrivningen.", 2),
        ("fragestallningar:", 3),
        ("samtycke", 4), ("samtycke lamnat: ja", 5), ("samtycke form: Muntligt", 6),
        ("insatser", 8),
        ("vad: Boendestöd 3 timmar/vecka / vem: Socialtjänsten Gotland, boendestödet / "
         "nar: Start vecka 17", 10),
        ("uppfoljning: 2025-05-27", 15)]
