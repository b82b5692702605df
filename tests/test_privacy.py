"""Personal data: found by kind and place, never repeated in any output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from planted import luhn

from sipcheck.documents import read_document
from sipcheck.privacy import Scan, find, redact, scan

SAMORDNING = "701272-123" + luhn("701272123")  # day 12 + 60


@pytest.mark.parametrize(("text", "kinds"), [
    ("Pnr 19121212-1212.", ["personnummer"]),
    ("Pnr 121212-1212.", ["personnummer"]),
    ("Pnr 121212+1212 (över hundra år).", ["personnummer"]),
    ("Pnr 191212121212.", ["personnummer"]),
    (f"Samordningsnummer {SAMORDNING}.", ["samordningsnummer"]),
    ("Fel kontrollsiffra 121212-1213 (troligt personnummer).", ["personnummer"]),
    ("Inget datum 121332-1212.", []),
    ("Maskerat ÅÅMMDD-XXXX och 121212-XXXX.", []),
    ("Ring 070-123 45 67.", ["telefon"]),
    ("Ring 0701234567.", ["telefon"]),
    ("Ring +46 70 123 45 67.", ["telefon"]),
    ("Växel 08-123 456 78.", ["telefon"]),
    ("Mejla kim.a@example.se i dag.", ["epost"]),
    ("Bor på Storgatan 12 B.", ["adress"]),
    # in capitals, with a non-breaking space, with a long s: addresses all the same
    ("BOR PÅ STORGATAN 12 B.", ["adress"]),
    ("Bor på Kyrkvägen\u00a07.", ["adress"]),
    ("Bor på ſtorgatan 12.", ["adress"]),
    ("Post till 731 30 Köping.", ["adress"]),
    ("Namn: Anna Andersson", ["namn"]),
    ("Planen tillhör: Per-Olof Berg", ["namn"]),
    # What anonymised plans do write, and ordinary numbers, are not personal data.
    ("Namn: Kim", []),
    ("B. ska börja skolan.", []),
    ("Uppföljning 2024-05-14 kl. 13.00, vecka 38.", []),
    ("Läsåret 2024-2025, 20240514, 0,5 tjänst, 3 x 2 timmar.", []),
    # A unit in a file's author field, a professional by title, a template's stand-in and
    # signature lines far apart: seen as names in the layout corpora, and none of them one.
    ("Författare: Socialtjänsten Köping", []),
    ("Författare: IFO Norberg", []),
    ("Författare: Sjuksköterska Ortopedavd 2", []),
    ("Patient: Emir ÅÅMMDD-XXXX", []),
    ("Helena Sjuksköterska, SIP-samordnare", []),
    ("Karolina Behandlare (socionom) BUP Västerås", []),
    ("            Annika                          Bo", []),
    ("Författare: Karin Lindqvist", ["namn"]),
    # a word ending like a street before a date is no address
    ("Vid läkemedelsgenomgången 2024-11-14.", []),
    # a case system's number before its subject is no postcode and place
    ("Ärende #48213  SIP Jonas  – Kommentar", []),
    # a label in capitals in a column headed "DEN ENSKILDE" is no name; a name in capitals is
    ("DEN ENSKILDE: VIKTORS DELAKTIGHET", []),
    ("DEN ENSKILDE: ANNA ANDERSSON", ["namn"]),
    # a double first name after a label is a first name; the next field's label is no
    # surname (seen as names in fresh-65 and fresh-66)
    ("Den enskildes namn: Per-Olof", []),
    ("Brukare: Erik Personnr: ÅÅMMDD-XXXX", []),
    # a first name before a function in a list of participants (fresh-21)
    ("Johan Rektor", []),
    ("Karin Mentor", []),
    # units as a file's author, and a date and time whose "2" a page header split off (the
    # document properties of f10b-03, f19b-01 and f59b-07; f47a-01's running header)
    ("Författare: Beroendecentrum Västerås", []),
    ("Författare: Familjebehandlingen Sala", []),
    ("Författare: Hemrehab Åre", []),
    ("Utskrivet 2 | 025-02-19 08:14 Sida 1 (2)", []),
    ("Ring 025-12 34 56 om du har frågor.", ["telefon"]),
    # the next field's label after a first name, and two first names in a list, are no
    # full names (fresh-71, fresh-73); a first name and a surname in a list are
    ("Namn: Maja Upprättad: 2025-06-02", []),
    ("Johan Sofia", []),
    ("Johan Lindqvist", ["namn"]),
    # a relation before a first name under "Den enskilde", and a calendar's identifier whose
    # digits run on into letters (fresh-80)
    ("Den enskilde: Dottern Karin", []),
    ("Den enskilde: Karin Lindqvist", ["namn"]),
    ("UID:040000008200E00074C5B7101A82E008", []),
    (" 0010000000B7C1", []),
])
def test_find(text, kinds):
    assert [match.kind for match in find(text)] == kinds


def test_redact_names_the_kind_and_keeps_the_rest():
    text = "Anna (19121212-1212) nås på 070-123 45 67."
    assert redact(text) == "Anna ([personnummer]) nås på [telefonnummer]."
    assert redact(text, "en") == "Anna ([personal identity number]) nås på [phone number]."


def test_a_value_found_once_is_masked_everywhere_it_is_quoted(tmp_path):
    plan = tmp_path / "plan.md"
    # A name in no list, found only because it stands under the "Namn" column.
    plan.write_text("| Namn | Roll |\n|---|---|\n| Zorro Zapp | Den enskilde |\n\n"
                    "Vi träffade Zorro Zapp i skolan.\n", encoding="utf-8")
    found = Scan(read_document(plan))
    assert [f.kind for f in found.findings] == ["namn"]
    assert found.redact("Vi träffade Zorro Zapp i skolan.") == "Vi träffade [namn] i skolan."
    assert found.redact("We met Zorro Zapp.", "en") == "We met [name]."


def _planted_docx(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "SIP för 19121212-1212"
    document.add_heading("Syfte", level=1)
    document.add_paragraph("Kim behöver stöd för att kunna gå i skolan igen efter lovet.")
    document.add_heading("Deltagare", level=1)
    table = document.add_table(rows=3, cols=3)
    for row, values in enumerate([("Namn", "Funktion", "Telefon"),
                                  ("Anna Andersson", "Mamma", "070-123 45 67"),
                                  ("Eva", "Kurator, elevhälsan Köping", "eva@example.se")]):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_heading("Uppföljning", level=1)
    document.add_paragraph("2024-05-14 hemma på Storgatan 12, 731 30 Köping.")
    document.save(path)


def _planted_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("Syfte: Kim behöver stöd för att klara skolan.",
                 "Planen tillhör: Anna Andersson, 121212-1212",
                 "Huvudansvarig: Kurator, elevhälsan Köping, tel 021-12 34 56",
                 "Uppföljning: 2024-05-14"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


PLANTED = ["19121212-1212", "121212-1212", "1212-1212", "Andersson", "070-123", "123 45 67",
           "eva@example.se", "example.se", "Storgatan", "731 30", "021-12", "12 34 56"]


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("planted") / "plans"
    (folder / "koping").mkdir(parents=True)
    (folder / "arboga").mkdir()
    _planted_docx(folder / "koping" / "sip-19121212-1212.docx")
    _planted_pdf(folder / "arboga" / "sip-02.pdf")
    (folder / "arboga" / "sip-03.txt").write_bytes(
        "SYFTE\nKim behöver stöd.\n\nDELTAGARE\nAnna Andersson, mamma, 0701234567\n"
        .encode("cp1252"))
    return folder


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("SIPCHECK_LANG", None)
    return subprocess.run([sys.executable, "-m", "sipcheck", *args], capture_output=True,
                          text=True, env=env)


@pytest.mark.parametrize("options", [
    [], ["--details"], ["--format", "json"], ["--format", "csv"],
    ["--format", "markdown", "--details"], ["--lang", "en", "--details"],
])
def test_no_planted_personal_data_in_any_review_output(planted, options):
    done = _run("review", str(planted), *options)
    assert done.returncode == 1, done.stderr
    output = done.stdout + done.stderr
    for value in PLANTED:
        assert value not in output, f"{value!r} leaked with {options}"
    assert "Traceback" not in output


def test_review_says_which_files_to_anonymise_and_saves_nothing_personal(planted, tmp_path):
    saved = tmp_path / "round.json"
    done = _run("review", str(planted), "--save", str(saved))
    assert "anonymisera" in done.stderr
    assert "koping/sip-[personnummer].docx" in done.stderr
    text = saved.read_text("utf-8")
    for value in PLANTED:
        assert value not in text
    data = json.loads(text)
    codes = {p["code"] for plan in data["plans"] for p in plan["problems"]}
    assert {"pii.personnummer", "pii.telefon", "pii.epost", "pii.adress", "pii.namn"} <= codes
    header = [p for plan in data["plans"] for p in plan["problems"]
              if p["code"] == "pii.personnummer" and p["where"].get("part") == "header"]
    assert header, "the personnummer in the page header is reported with its place"


def test_scan_lists_kinds_and_places_never_values(planted):
    done = _run("scan", str(planted))
    assert done.returncode == 1
    assert "personnummer" in done.stdout and "sidhuvud" in done.stdout
    assert "Personuppgifter i 3 av 3 filer" in done.stderr
    for value in PLANTED:
        assert value not in done.stdout + done.stderr


def test_scan_of_a_clean_folder_exits_0():
    examples = Path(__file__).resolve().parent.parent / "examples" / "plans"
    done = _run("scan", str(examples))
    assert done.returncode == 0
    assert "Inga personuppgifter hittades i 12 filer." in done.stdout


def test_scan_reports_every_kind_in_a_document(planted):
    document = read_document(planted / "koping" / "sip-19121212-1212.docx")
    assert {f.kind for f in scan(document)} == {"personnummer", "namn", "telefon", "epost",
                                                  "adress"}


def test_a_unit_named_with_a_name_after_a_prefix_is_no_person(tmp_path):
    # "Mini-Maria Västerås" is a clinic: masked as a name, the participant loses his unit
    plan = tmp_path / "plan.txt"
    plan.write_text("Deltagare\n\nMini-Maria Västerås, alkohol- och drogterapeut\n\n"
                    "Anna-Karin Lindqvist, kurator, BUP Västerås\n", encoding="utf-8")
    scanned = Scan(read_document(plan))
    texts = scanned.masked(read_document(plan)).text()
    assert "Mini-Maria Västerås" in texts
    assert "Anna-Karin Lindqvist" not in texts


def test_findings_asked_again_are_the_same_and_a_callers_change_stays_its_own():
    from sipcheck import privacy

    text = "Namn: Anna Andersson, personnummer 19811218-9876"
    first = privacy.find(text)
    first.clear()  # a caller that works on its list (the anonymiser adds its own)
    again = privacy.find(text)
    assert [m.kind for m in again] == ["namn", "personnummer"]
    assert privacy.redact(text) == privacy.redact(text)
    assert "Anna" not in privacy.redact(text)


def test_a_lone_half_of_a_surrogate_pair_never_leaves_sipcheck():
    # a reader that split a character beyond the BMP in two would leave a text no UTF-8
    # round file or terminal can take: what leaves sipcheck has neither half
    text = redact("\ud83d\udcc5 Från hemgång 2025-01-20")
    assert text == " Från hemgång 2025-01-20"
    text.encode("utf-8")
