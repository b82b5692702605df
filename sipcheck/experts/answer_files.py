"""The files of `sipcheck assess --export` and `--import`: experts' judgements on paper.

In a workshop the experts judge plans in a spreadsheet or a text editor, not in sipcheck.
`export_answers` writes the file they fill in: one row per plan and criterion, with the
automatic level as a suggestion and, for a named reviewer, that reviewer's earlier answers,
so a second session continues where the first stopped. `read_answers` reads the file back
as `Answer`s, forgiving what spreadsheets do to files (Swedish Excel's semicolons and
Windows-1252, a BOM or none, English or Swedish headers, extra columns) but strict about
the file's shape: a file without the columns to import is refused with what to do.

Reading only finds the answers; whether a plan, criterion or level exists is decided by
`assessments.apply`, which reports every bad row by its `row` ("rad N": the spreadsheet
row, counting the header as row 1, or the YAML line of the item) and saves nothing.
Cell values never appear in the errors raised here: a comment may name a person.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from pathlib import Path

import yaml

from sipcheck.experts.assessments import Answer, automatic_level, level_label, scored_plans
from sipcheck.scoring import reviewer_key
from sipcheck.text import SipcheckError, Text
from sipcheck.text.numbers import decimal

MAX_BYTES = 5_000_000  # an exported round is a few hundred kB; more is the wrong file

FIELDS = ("plan", "unit", "criterion", "title", "suggestion", "level", "reviewer", "comment")
HEADERS = {
    "sv": dict(zip(FIELDS, ("plan", "enhet", "kriterium", "rubrik", "förslag", "nivå",
                            "granskare", "kommentar"), strict=True)),
    "en": dict(zip(FIELDS, ("plan", "unit", "criterion", "title", "suggestion", "level",
                            "reviewer", "comment"), strict=True)),
}
ROOT_KEY = {"sv": "bedömningar", "en": "assessments"}
REQUIRED = ("plan", "criterion", "level")
IMPORTED = ("plan", "criterion", "level", "reviewer", "comment")
CSV_SUFFIXES, YAML_SUFFIXES = (".csv", ".tsv", ".txt"), (".yaml", ".yml")
_NULLS = {"", "~", "null", "Null", "NULL"}


def _norm(name: object) -> str:
    """A header or key as compared: no case, no diacritics, letters and digits only, so
    "Nivå", "niva " and "NIVÅ" are the same column."""
    text = unicodedata.normalize("NFKD", str(name)).casefold()
    return "".join(char for char in text if char.isalnum())


_NAMES = {_norm(name): field for heads in HEADERS.values() for field, name in heads.items()}
_ROOTS = {_norm(key) for key in ROOT_KEY.values()}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "sv"


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in YAML_SUFFIXES:
        return "yaml"
    raise SipcheckError(
        Text(f"{path}: okänt filformat «{path.suffix}»; använd .csv (i Excel: Spara som → CSV "
             "UTF-8) eller .yaml.",
             f"{path}: unknown file format '{path.suffix}'; use .csv (in Excel: Save As → CSV "
             "UTF-8) or .yaml."))


# --- export ----------------------------------------------------------------------------


def export_rows(round_data: dict, reviewer: str | None, lang: str = "sv") -> list[dict]:
    """The rows of an export, keyed by FIELDS, in round order: readable plans × criteria.
    Level and comment are the reviewer's earlier answer, if any, so work can continue."""
    lang, reviewer = _lang(lang), (reviewer or "").strip()
    titles = {c["id"]: (c.get("title_en") if lang == "en" else None) or c["title"]
              for c in round_data["checklist"]["criteria"]}
    rows = []
    for plan in scored_plans(round_data):
        for result in plan["criteria"]:
            earlier = next((a for a in result.get("assessments", [])
                            if reviewer and reviewer_key(a["reviewer"]) == reviewer_key(reviewer)),
                           None)
            rows.append({
                "plan": plan["id"], "unit": plan.get("unit") or "",
                "criterion": result["id"], "title": titles.get(result["id"], result["id"]),
                "suggestion": level_label(round_data, automatic_level(result), lang),
                "level": level_label(round_data, earlier["level"], lang) if earlier else "",
                "reviewer": reviewer, "comment": earlier.get("comment", "") if earlier else ""})
    return rows


def export_answers(round_data: dict, path: Path, reviewer: str | None, lang: str) -> bytes:
    """The bytes of a file to fill in by hand, in the format `path`'s suffix names: CSV as
    Swedish Excel opens it with a double click (UTF-8 with BOM, `;`, CRLF) or YAML."""
    lang = _lang(lang)
    kind = _kind(path)
    heads, rows = HEADERS[lang], export_rows(round_data, reviewer, lang)
    if kind == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(heads[field] for field in FIELDS)
        writer.writerows([row[field] for field in FIELDS] for row in rows)
        return out.getvalue().encode("utf-8-sig")
    items = [{heads[field]: row[field] or None for field in FIELDS} for row in rows]
    body = yaml.dump({ROOT_KEY[lang]: items}, Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, default_flow_style=False, width=100)
    return (_yaml_header(round_data, lang) + body).encode("utf-8")


class _Dumper(yaml.SafeDumper):
    """Writes an empty cell as nothing (`nivå:`), the easiest place to type a level."""


_Dumper.add_representer(
    type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", ""))


def _yaml_header(round_data: dict, lang: str) -> str:
    levels = [f"    {number} = {level_label(round_data, lv['id'], lang)} ({lv['id']})"
              for number, lv in enumerate(round_data["checklist"]["levels"], 1)]
    name = round_data.get("round", {}).get("name", "")
    if lang == "en":
        lines = [f"Assessments for the round {name}: fill in and import with",
                 "  sipcheck assess ROUND.json --import THIS-FILE.yaml",
                 "- Write your judgement after 'level:'. Allowed levels (number, label or id):",
                 *levels,
                 "- Leave level empty to skip a criterion: empty items are not imported.",
                 "- Write your name after 'reviewer:' (or give --reviewer when importing).",
                 "- A comment is optional; write no names or personal identity numbers.",
                 "- Do not change plan or criterion; title, unit and suggestion (sipcheck's",
                 "  automatic level) are only for reading."]
    else:
        lines = [f"Bedömningar för omgången {name}: fyll i och importera med",
                 "  sipcheck assess OMGÅNG.json --import DEN-HÄR-FILEN.yaml",
                 "- Skriv din bedömning efter «nivå:». Tillåtna nivåer (nummer, namn eller id):",
                 *levels,
                 "- Lämna nivå tom för att hoppa över ett kriterium: tomma poster importeras "
                 "inte.",
                 "- Skriv ditt namn efter «granskare:» (eller ange --reviewer vid importen).",
                 "- Kommentar är frivillig; skriv inga namn eller personnummer.",
                 "- Ändra inte plan eller kriterium; rubrik, enhet och förslag (sipchecks",
                 "  automatiska nivå) är bara till för läsning."]
    return "".join(f"# {line}\n" for line in lines) + "\n"


# --- import ----------------------------------------------------------------------------


def read_file(path: Path) -> bytes:
    """The bytes of an import file, refusing a missing, unreadable or too large one before
    reading it whole."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SipcheckError(Text(f"{path} är en mapp; ange filen som ska importeras.",
                                     f"{path} is a folder; give the file to import."))
        _check_size(path, size)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise SipcheckError(Text(f"{path} finns inte.", f"{path} does not exist.")) from exc
    except OSError as exc:
        raise SipcheckError(Text(f"{path} kan inte läsas ({exc.strerror}).",
                                 f"{path} cannot be read ({exc.strerror}).")) from exc


def _check_size(path: Path, size: int) -> None:
    if size > MAX_BYTES:
        megabytes = Text(*(decimal(size / 1e6, 1, lang) for lang in ("sv", "en")))
        raise SipcheckError(
            Text(f"{path} är {megabytes.sv} MB; sipcheck importerar högst 5 MB. En exporterad "
                 "omgång är några hundra kB: kontrollera att det är rätt fil.",
                 f"{path} is {megabytes.en} MB; sipcheck imports at most 5 MB. An exported round "
                 "is a few hundred kB: check that this is the right file."))


def read_answers(path: Path, data: bytes, round_data: dict,
                 reviewer: str | None) -> list[Answer]:
    """The filled-in answers of an import file (CSV or YAML by suffix). Rows with an empty
    level were left unfilled and are skipped; `reviewer` fills an empty reviewer cell.
    `round_data` is the round the answers are for (checked later by `assessments.apply`)."""
    del round_data  # the answers are checked against the round by assessments.apply
    _check_size(path, len(data))
    kind = _kind(path)
    text = _decode(path, data)
    present, records = _csv_records(path, text) if kind == "csv" else _yaml_records(path, text)
    missing = [field for field in REQUIRED if field not in present]
    if missing and (kind == "csv" or records):
        sv = ", ".join(HEADERS["sv"][field] for field in missing)
        en = ", ".join(HEADERS["en"][field] for field in missing)
        where_sv, where_en = (("rubrikraden (första raden)", "the header row (the first row)")
                              if kind == "csv" else ("posterna", "the items"))
        raise SipcheckError(
            Text(f"{path}: {sv} saknas i {where_sv}. Filen ska ha kolumnerna plan, kriterium och "
                 "nivå (granskare och kommentar om du vill); exportera en mall med sipcheck assess "
                 "OMGÅNG.json --export FIL och fyll i den.",
                 f"{path}: {en} missing in {where_en}. The file needs the columns plan, criterion "
                 "and level (reviewer and comment if you like); export a template with sipcheck "
                 "assess ROUND.json --export FILE and fill it in."))
    fallback = (reviewer or "").strip()
    answers = [Answer(plan=cells.get("plan", "").strip(),
                      criterion=cells.get("criterion", "").strip(),
                      level=cells["level"].strip(),
                      reviewer=cells.get("reviewer", "").strip() or fallback,
                      comment=cells.get("comment", "").strip(), row=f"rad {row}")
               for row, cells in records if cells.get("level", "").strip()]
    if answers and not fallback and "reviewer" not in present:
        raise SipcheckError(
            Text(f"{path}: det framgår inte vem som har bedömt. Lägg till kolumnen granskare med "
                 "namnet, eller ange --reviewer NAMN.",
                 f"{path}: it does not say who made the judgements. Add the column reviewer with "
                 "the name, or give --reviewer NAME."))
    return answers


def _decode(path: Path, data: bytes) -> str:
    """Text as Excel and editors save it: UTF-8 with or without BOM, UTF-16 with BOM
    ("Unicode text"), else Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)")."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise SipcheckError(
            Text(f"{path} är en Excel-arbetsbok, inte en CSV-fil. Spara den i Excel med Spara som "
                 "→ CSV UTF-8 (kommaavgränsad) och importera den filen.",
                 f"{path} is an Excel workbook, not a CSV file. In Excel use Save As → CSV UTF-8 "
                 "(comma delimited) and import that file."))
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8):].decode("utf-8")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = "\x00"
    if "\x00" in text:
        raise SipcheckError(
            Text(f"{path} är ingen textfil. Spara tabellen som CSV (UTF-8) eller skriv en "
                 "YAML-fil.",
                 f"{path} is not a text file. Save the table as CSV (UTF-8) or write a YAML file."))
    return text


def _csv_records(path: Path, text: str) -> tuple[set[str], list[tuple[int, dict]]]:
    """(columns found, [(spreadsheet row, {field: cell})]). The delimiter is the one among
    `;`, `,` and tab whose header row names the most known columns; a first line `sep=;`
    (Excel writes and hides it) decides it outright."""
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiters, text = [first.strip()[4]], rest
    else:
        delimiters = [";", ",", "\t"]
    best: tuple = ((-1, 0), ";", 1, [])
    for delimiter in delimiters:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            number, header = next(((n, r) for n, r in enumerate(reader, 1)
                                   if any(c.strip() for c in r)), (1, []))
        except csv.Error:
            continue
        known = sum(1 for cell in header if _norm(cell) in _NAMES)
        if (known, len(header)) > best[0]:
            best = ((known, len(header)), delimiter, number, header)
    _, delimiter, header_row, header = best
    if not header:
        raise SipcheckError(
            Text(f"{path} är ingen läsbar CSV-fil. Spara tabellen som CSV med en rubrikrad: "
                 "plan;kriterium;nivå;granskare;kommentar.",
                 f"{path} is not a readable CSV file. Save the table as CSV with a header row: "
                 "plan,criterion,level,reviewer,comment."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise SipcheckError(
            Text(f"{path}: rad {reader.line_num} kan inte läsas som CSV ({exc}). Öppna filen i "
                 "Excel och spara den som CSV igen.",
                 f"{path}: line {reader.line_num} cannot be read as CSV ({exc}). Open the file in "
                 "Excel and save it as CSV again.")) from exc
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        field = _NAMES.get(_norm(cell))
        if field in IMPORTED:
            if field in columns:
                raise SipcheckError(
                    Text(f"{path}: kolumnen {HEADERS['sv'][field]} finns två gånger i rubrikraden; "
                         "ta bort den ena.",
                         f"{path}: the column {HEADERS['en'][field]} appears twice in the header "
                         "row; remove one."))
            columns[field] = index
    records = [(number, {field: row[index] if index < len(row) else ""
                         for field, index in columns.items()})
               for number, row in enumerate(rows[header_row:], header_row + 1)]
    return set(columns), records


def _yaml_records(path: Path, text: str) -> tuple[set[str], list[tuple[int, dict]]]:
    """(keys found, [(line of the item, {field: value})]) from `bedömningar:` /
    `assessments:` or a bare list. Read from the node tree, so values stay as written
    ("2" is a level number, "2024" a plan id) and every item keeps its line."""
    from sipcheck.checklist.yaml_limits import YamlLimit, compose

    try:
        root = compose(text)  # bounded: no alias bombs, no nesting past the stack
    except YamlLimit as exc:
        raise SipcheckError(
            Text(f"{path}: rad {exc.line}, kolumn {exc.column}: {exc.message.sv}",
                 f"{path}: line {exc.line}, column {exc.column}: {exc.message.en}")) from exc
    except yaml.YAMLError as exc:
        from sipcheck.checklist.yaml_problems import yaml_problem

        problem = yaml_problem(exc, text, str(path))
        raise SipcheckError(
            Text(f"{path}: rad {problem.line}, kolumn {problem.column}: {problem.message.sv} Rätta "
                 "raden och importera igen.",
                 f"{path}: line {problem.line}, column {problem.column}: {problem.message.en} "
                 "Correct the line and import again.")) from exc
    shape_sv = ("Filen ska ha formen «bedömningar:» följd av en lista med poster "
                "(- plan: …, kriterium: …, nivå: …), som en exporterad fil.")
    shape_en = ("The file must have the form 'assessments:' followed by a list of items "
                "(- plan: …, criterion: …, level: …), like an exported file.")
    if isinstance(root, yaml.MappingNode):
        root = next((value for key, value in root.value
                     if isinstance(key, yaml.ScalarNode) and _norm(key.value) in _ROOTS), None)
    if not isinstance(root, yaml.SequenceNode):
        raise SipcheckError(Text(f"{path}: hittar inga bedömningar. {shape_sv}",
                                 f"{path}: no assessments found. {shape_en}"))
    present: set[str] = set()
    records = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise SipcheckError(Text(f"{path}: rad {line}: posten är ingen mappning. {shape_sv}",
                                     f"{path}: line {line}: the item is not a mapping. {shape_en}"))
        cells: dict[str, str] = {}
        for key, value in item.value:
            field = _NAMES.get(_norm(key.value)) if isinstance(key, yaml.ScalarNode) else None
            if field not in IMPORTED:
                continue
            at = value.start_mark.line + 1
            if field in cells:
                raise SipcheckError(
                    Text(f"{path}: rad {at}: nyckeln {HEADERS['sv'][field]} finns två gånger i "
                         "samma post; ta bort den ena.",
                         f"{path}: line {at}: the key {HEADERS['en'][field]} appears twice in the "
                         "same item; remove one."))
            if not isinstance(value, yaml.ScalarNode):
                raise SipcheckError(
                    Text(f"{path}: rad {at}: {HEADERS['sv'][field]} ska vara en enda text, inte en "
                         "lista eller mappning.",
                         f"{path}: line {at}: {HEADERS['en'][field]} must be a single text, not a "
                         "list or mapping."))
            plain_null = value.style is None and value.value in _NULLS
            cells[field] = "" if plain_null else value.value
        present |= set(cells)
        records.append((line, cells))
    return present, records
