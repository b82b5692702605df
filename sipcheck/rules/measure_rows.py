"""The measures of a plan as rows of what, who and when, for the `table_rows` check.

A measure is written in many ways: a row of a table whose headers name its columns
("Insats | Ansvarig | När"), a timeline's cell under its month, a box with a bullet or a
line for each, a list item with its fields after it ("Ansvarig: …", "När: …"), a line of
fields ("Vad: … / Vem: … / När: …"), a sentence of a paragraph of decisions. `rows_of`
gathers them all, in plan order, as `Row`s; `table_rows` judges them (concrete, who, when).
Gathering and judging live apart so that each can be read on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from sipcheck.label_text import checkbox_value, key, label_core
from sipcheck.language.dates import only_time
from sipcheck.language.sentences import logical_lines, split_sentences
from sipcheck.privacy.names import first_names
from sipcheck.rules.base import any_match, section_option
from sipcheck.sections import Plan

# "Insats 1" over its fields: a label and its number, no measure
NUMBER_AFTER = re.compile(r"\s*\d{1,2}\W*$")
# the writer's own "jag", where a professional writes the plan (`sign_offs`)
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:jag själv|jag)(?![\w-])", re.IGNORECASE)


@dataclass
class Row:
    """One measure: what is done, the text that says who and the text that says when
    (the whole row or line where no column or field tells them apart), the row as quoted
    evidence, and where it stands."""

    what: str
    who: str
    when: str
    text: str
    location: object


def _column_roles(header: list[str], columns: dict) -> dict[str, int]:
    """Which column holds what, who and when. A header names the role whose word comes
    first in it: "Insatser – vad skall vi göra och när?" is the what column, not when."""
    roles: dict[str, int] = {}
    for index, title in enumerate(header):
        padded = f" {key(title)} "
        positions = []
        for role in ("what", "who", "when"):
            hits = [padded.find(f" {key(word)} ") for word in columns.get(role, [])]
            hits = [h for h in hits if h >= 0]
            if hits and role not in roles:
                positions.append((min(hits), role))
        if positions:
            roles[min(positions)[1]] = index
    return roles


def _who_columns(header: list[str], columns: dict) -> list[int]:
    """Every column a header names as who, first: a table may give the unit and the
    function apart ("Utförande verksamhet | Ansvarig funktion")."""
    return [index for index, title in enumerate(header)
            if _column_roles([title], columns).get("who") == 0]


def rows_of(options: dict, plan: Plan) -> list[Row]:
    """The measures of the `section` sections, tables first, then the lines outside them,
    with the `table_rows` options (see that check's docstring) telling the columns, the
    parties and what is no measure."""
    rows: list[Row] = []
    subject = plan.subject_pattern(titles=tuple(options.get("titles", ()))) \
        if options.get("subject") else None
    columns = options.get("columns", {})
    sections = plan.sections_for(section_option(options))
    for section in sections:
        in_tables = set()
        # "Mamma åtar sig:" over "– Hämta Alva på fredagar": the heading names who acts
        acting = section.heading if options.get("who_at_start") and section.heading and \
            any_match(options.get("who", []), _subject_words(section.heading,
                                                             options.get("who", []))) else ""
        for table in section.tables:
            if _options_grid(table):
                # "☒ Hemtjänst | ☐ Trygghetslarm | ☒ Matdistribution" over more such rows:
                # which kinds were chosen, each detailed as a measure elsewhere
                in_tables.update(cell.location for cells in table.rows for cell in cells)
                continue
            roles = _column_roles(table.header or [], columns)
            whos = _who_columns(table.header or [], columns)
            times = _time_columns(table.header or [], roles)
            wide = len(table.header or ()) >= 2 or any(len(cells) >= 2 for cells in table.rows)
            for cells in table.rows:
                texts = [plan.vocabulary.cell_value(cell.text) for cell in cells]
                in_tables.update(cell.location for cell in cells)
                if wide and len(cells) == 1 and _is_caption(texts[0]):
                    continue  # a merged row over a group: "KOMMUNEN", "Leo och familjen"
                if wide and len(cells) == 1 and _another_part(texts[0], plan, sections):
                    continue  # a merged last row "Uppföljning: 2025-11-18 kl. 15.00"
                if all(not t or plan.vocabulary.is_placeholder(t)
                       or plan.vocabulary.is_field_label(t)
                       or plan.vocabulary.is_label(t, questions=False) for t in texts):
                    continue  # empty, or only labels ("Personnummer", "Andra aktörers insatser")
                if times:
                    rows.extend(_time_grid_rows(table.header, cells, texts, roles, times))
                    continue
                joined = " | ".join(t for t in texts if t)
                items = _bullet_items(joined) or _box_lines(joined, columns) \
                    if not roles and len(cells) == 1 else []
                if len(items) >= 2:
                    # a box that lists its measures as bullets ("• Mentor, Kungsängsskolan:
                    # anpassat schema …" / "• BUP Västerås: KBT …") or a line each
                    # ("Hemtjänst vid behov – Kommunen" / "Fortsatt kontakt … – Regionen"):
                    # one measure each
                    rows.extend(Row(item, item, item, item, cells[0].location) for item in items)
                    continue

                def cell_text(role: str, texts=texts, roles=roles) -> str:
                    index = roles.get(role)
                    return texts[index] if index is not None and index < len(texts) else ""

                what = cell_text("what") or (
                    _first_value(texts, plan) if "what" not in roles else "")
                # every column that says who ("Utförande verksamhet | Ansvarig funktion")
                who = " | ".join(texts[i] for i in whos if i < len(texts) and texts[i]) \
                    if whos else joined
                when = cell_text("when") if "when" in roles else joined
                last = rows[-1] if rows else None
                if last is not None and cells is table.rows[0] and what[:1].islower() and \
                        last.location.table != cells[0].location.table:
                    # a row a page break split: its rest opens the table's next part
                    # ("Du fyller i din orosdagbok på" / "kvällen och tar med den …")
                    rows[-1] = Row(f"{last.what} {what}", f"{last.who} {who}".strip(),
                                   f"{last.when} {when}".strip(), f"{last.text} {joined}",
                                   last.location)
                    continue
                rows.append(Row(what, who, when, joined, cells[0].location))
        captions = _captions(section.lines)
        values = [line for line in plan.values(section.lines)
                  if line.location not in in_tables and id(line) not in captions]
        # a timeline's heading ("Vecka 12") is when each measure under it happens
        heading_time = section.heading if only_time(section.heading) else ""
        group = ""  # the party a group of measures is listed under
        title = ""  # the sub-heading that names the measure below it
        detail = -1  # a party's sub-heading's line below it, read into the group
        for index, line in enumerate(values):
            following = values[index + 1] if index + 1 < len(values) else None
            named, title = title, ""
            if index == detail:
                continue
            if line.subheading and only_time(line.text):
                heading_time = line.text.strip()  # "Vecka 10" over who does what then
                continue
            # (a party's name under a measure that names nobody is that measure's who)
            waiting = index > 0 and not group and any_match(
                options.get("who", []), values[index - 1].full) is None
            if not waiting and _groups_measures(line, following, options, subject):
                group = line.text.strip()  # "**BUP Västerås**" over its measures, one level in
                continue
            if _party_heading(values, index, options, subject):
                # "Dottern" over "Eva, bor i Norrtälje" over her measures: one party's (a
                # heading, never the who of the measure above it)
                group = f"{line.text.strip()}, {following.text.strip()}"
                detail = index + 1
                continue
            if line.subheading and following is None:
                continue  # a sub-heading with nothing under it here ("Boende" over "Mål: …")
            if _names_measure(values, index, columns):
                title = line.text.strip()  # quoted with the measure below it
                continue
            field = f"{line.label}: {line.text}" if line.label else line.text
            role = _field_role(field, columns) or _field_role(line.text, columns)
            if rows and role == "about":
                # "Hur följs det upp: Läkaren bedömer effekten" under its measure: part of
                # it, quoted with it, but it says neither who does the measure nor when
                last = rows[-1]
                rows[-1] = Row(last.what, last.who, last.when, f"{last.text} · {field}",
                               last.location)
                continue
            if rows and role:
                # "Ansvarig: Mats, boendestödjare" under its measure: that measure's who
                last = rows[-1]
                rows[-1] = Row(last.what, f"{last.who} {field}", f"{last.when} {field}",
                               f"{last.text} · {field}", last.location)
                continue
            if line.ticked and all(len(part.split()) <= 3 for part in line.text.split(",")):
                continue  # "☒ Hemtjänst ☒ Larm": which kinds were chosen, detailed elsewhere
            if line.label and plan.vocabulary.is_field_label(line.label) and \
                    key(line.label) not in column_keys(columns):
                continue  # "Plats: IFO Hallstahammar", "Datum: …": about the meeting
            if rows and not line.label and (line.text[:1] == "(" or (
                    line.text[:1].islower() and not line.text.startswith("att ")
                    and not _LETTER_ITEM.match(line.text))):
                # the rest of a wrapped line ("(när/hur …) ungdomsneurologen Västerås" is
                # the same, in brackets); a measure starts with a capital, or with "att"
                # in a decision's list ("Mötet beslutar / att BUP …")
                last = rows[-1]
                rows[-1] = Row(f"{last.what} {line.text}", f"{last.who} {line.text}",
                               f"{last.when} {line.text}", f"{last.text} {line.text}",
                               last.location)
                continue
            line_rows: list[Row] = []
            for text in _line_rows(line.text, options):
                # (a measure whose last field is left empty, "Trygghetslarm / Vem: Kommunen
                # / När:", ends with a colon as a label does, but has its fields)
                if (all(plan.vocabulary.is_label(part) for part in text.split("|")) and
                        ("|" in text or not _inline_fields(text, columns))) or \
                        _column_words(text, plan, columns):
                    continue  # a header written as text: "Insats | Ansvarig | När"
                full = f"{line.label}: {text}" if line.label else text
                who = when = full
                if options.get("who_at_start"):
                    who = f"{line.label or acting} {_subject_words(text, options.get('who', []))}"
                fields = _inline_fields(full, columns)
                if fields:  # "Vad: Se över resorna / Vem: Kommunen / När: maj 2025"
                    who, when = fields.get("who", ""), fields.get("when", "")
                elif group and not line.label and any_match(options.get("who", []), text) is None:
                    who = f"{group}: {who}"  # the party the measure is listed under
                if named and not line_rows:
                    full = f"{named} – {full}"
                if heading_time:
                    when = f"{when} ({heading_time})"
                line_rows.append(Row(text, who, when, full, line.location))
            rows.extend(line_rows)
    writer = plan.writer_role(tuple(options.get("sign_offs", ())),
                              tuple(options.get("titles", ())))
    if writer:  # "Jag fattar beslut …" in the biståndshandläggare's e-mail is hers
        rows = [Row(row.what, _FIRST_PERSON.sub(writer, row.who), row.when, row.text,
                    row.location) for row in rows]
    exclude = options.get("exclude", [])
    if exclude:
        rows = [kept for row in rows if (kept := _without_excluded(row, exclude)) is not None]
    return [row for row in rows if not plan.vocabulary.is_placeholder(row.what)
            and not plan.vocabulary.is_field_label(NUMBER_AFTER.sub("", row.what))]


def _without_excluded(row: Row, exclude: list[str]) -> Row | None:
    """The row, or None when `exclude` rules it out. A paragraph of decisions is several
    measures: one sentence that `exclude` rules out ("Kontakt med Arbetsförmedlingen kan
    bli aktuell längre fram.") leaves the others ("Therese bokar en tid hos läkare …")."""
    if any_match(exclude, _label_of(row)):
        return None
    if not any_match(exclude, row.what):
        return row
    sentences = split_sentences(row.what)
    if len(sentences) < 2 or any_match(exclude, sentences[0]) or not (
            row.who == row.when == row.text and row.text.endswith(row.what)):
        # a row of a table or with its fields, or a paragraph that opens with what rules
        # it out ("Inga andra aktörer är aktuella. P. är ålderspensionär …"): all of it
        return None
    kept = " ".join(s for s in sentences if not any_match(exclude, s))
    full = row.text[:len(row.text) - len(row.what)] + kept  # with its label, if any
    return Row(kept, full, full, full, row.location) if kept else None


def _names_measure(values: list, index: int, columns: dict) -> bool:
    """A sub-heading that names the measure below it, which is then told in a line and its
    fields ("#### 1. Läkemedelsuppföljning" / "Genomgång av medicineringen …" / "Ansvar: …"
    / "När: …"): the measure's name, no measure of its own."""
    line = values[index]
    after = values[index + 1:index + 5]
    if not line.subheading or not after or after[0].subheading or after[0].label or \
            _field_role(after[0].text, columns) or not _is_caption(label_core(line.text)):
        return False
    fields = list(takewhile(lambda later: not later.subheading, after[1:]))
    return any(_field_role(later.full, columns) for later in fields)


def _options_grid(table) -> bool:
    """A table of nothing but options to tick, its header row too."""
    texts = [*(table.header or []), *(cell.text for cells in table.rows for cell in cells)]
    filled = [text for text in texts if text.strip()]
    return bool(filled) and all(checkbox_value(text) is not None for text in filled)


def _label_of(row: Row) -> str:
    """The form label a line's measure stood behind ("Antecknat av" in "Antecknat av:
    Socialsekreterare, …"), or ""."""
    label, colon, what = row.text.rpartition(": ")
    return label if colon and what == row.what and "|" not in label else ""


def _another_part(text: str, plan: Plan, sections) -> bool:
    """Whether a table's merged row is another part of the plan under its own label
    ("Uppföljning: 2025-11-18 kl. 15.00 i skolans konferensrum" across a measures table):
    its label names a section none of `sections` is."""
    label, colon, _ = text.partition(":")
    if not colon:
        return False
    named = plan.vocabulary.section_of(label.strip(), exact=True)
    return named is not None and named not in {section.id for section in sections}


def _is_caption(text: str) -> bool:
    """A title over a table or a group of its rows ("Läkemedel", "Kommunen – Kungsörs
    kommun"): a few words, no number, no sentence."""
    return 0 < len(text.split()) <= 5 and not any(c.isdigit() for c in text) \
        and not text.rstrip().endswith((".", ":", "!", "?"))


def _groups_measures(line, following, options: dict, subject: re.Pattern | None) -> bool:
    """A line that only names a party ("BUP Västerås", "Mamma", the person), over a
    measure: the heading of that party's measures in a list set one level in. Two such
    names in a row are a list of parties, not a group."""
    return following is not None and not line.label and _is_caption(line.text) and \
        not _is_caption(following.text) and (any_match(
            [*options.get("who", []), *options.get("principal", [])], line.text) is not None
            or (subject is not None and subject.fullmatch(line.text.strip()) is not None)
            or line.text.strip().casefold() in first_names())  # "Elias": the person, by name


def _party_heading(values: list, index: int, options: dict,
                   subject: re.Pattern | None) -> bool:
    """A sub-heading that names a party ("Hemtjänsten", "Dottern") over a line that says
    which one ("Hemtjänst Rimbo", "Eva, bor i Norrtälje") over its measures: the heading of
    that party's measures, with the line below it."""
    line = values[index]
    after = values[index + 1:index + 3]
    return line.subheading and len(after) == 2 and not any(
        later.subheading or later.label for later in after) and \
        _is_caption(after[0].text) and not _groups_measures(line, after[0], options, subject) \
        and not _is_caption(after[1].text) and any_match(
            [*options.get("who", []), *options.get("principal", [])], line.text) is not None


def _captions(lines: list) -> set[int]:
    """The lines that stand just before a table, or in a merged row above its header, and
    only name it, as ids: "Läkemedel" over the table of the ward's measures for the medicines
    is no measure of its own."""
    return {id(line) for line, after in zip(lines, lines[1:], strict=False)
            if after.location.table is not None and line.location.row != after.location.row
            and line.location.table in (None, after.location.table)
            and not line.label and len(line.text.split()) <= 3 and _is_caption(line.text)}


def _first_value(texts: list[str], plan: Plan) -> str:
    """What a row without a header says it is about: its first cell that is neither a
    number nor a label ("1 | Insats | Återfallsprevention …" is about the third)."""
    for text in texts:
        if text and not re.fullmatch(r"\W*\d+\W*", text) and \
                not plan.vocabulary.is_field_label(text):
            return text
    return texts[0] if texts else ""


def column_keys(columns: dict, roles: tuple[str, ...] = ("what", "who", "when")) -> set[str]:
    """The `columns` words of the given roles, as keys."""
    return {key(word) for role in roles for word in columns.get(role, [])}


def _column_words(text: str, plan: Plan, columns: dict) -> bool:
    """A table's header printed as a line of words ("ID Åtgärd Ansvarig Klart senast
    Status"): three or more words, each a column word or a field label."""
    words = re.findall(r"[^\W\d_]+", text)
    known = column_keys(columns)
    return len(words) >= 3 and not re.search(r"\d", text) and all(
        key(word) in known or plan.vocabulary.is_field_label(word) for word in words)


def _time_columns(header: list[str], roles: dict[str, int]) -> list[int]:
    """The columns of a timeline ("Vem | April | Maj | Juni"): without a column for when,
    two or more header cells that are nothing but a time (a month, a week, a date)."""
    if "when" in roles:
        return []
    found = [index for index, title in enumerate(header)
             if index != roles.get("who") and only_time(title)]
    return found if len(found) >= 2 else []


def _time_grid_rows(header: list[str], cells: list, texts: list[str],
                    roles: dict[str, int], times: list[int]) -> list[Row]:
    """A timeline's row is one party's measures month by month: each filled cell is a
    measure of the row's party (its who column, else its first cell) at its column's time."""
    who_index = roles.get("who", 0)
    who = texts[who_index] if who_index < len(texts) else ""
    what_index = roles.get("what")
    if what_index is not None and what_index < len(texts):
        # "Insats | Ansvarig | v. 10 | v. 11 | …" with a mark ("■", "x") in the weeks the
        # measure runs: one measure, done in the marked columns' weeks
        marked = [header[index].strip() for index in times
                  if index < len(cells) and cells[index].text.strip()]
        return [Row(texts[what_index], who, " ".join(marked),
                    " | ".join(text for text in texts if text), cells[what_index].location)]
    rows = []
    for index in times:
        if index < len(texts) and texts[index] and index != who_index:
            text = f"{who} | {header[index].strip()}: {texts[index]}"
            rows.append(Row(texts[index], who, f"{header[index]} {texts[index]}", text,
                            cells[index].location))
    return rows


def _inline_fields(text: str, columns: dict) -> dict[str, str]:
    """A measure written as fields on one line, "Vad: … / Vem: … / När: …": its "who" and
    "when" fields by the `columns` words; {} for a line that has no such fields."""
    parts = [part.strip() for part in text.split(" / ")]
    fields = {}
    for part in parts[1:]:
        role = _field_role(part, columns)
        if role:
            fields[role] = part
    return fields


def _field_role(text: str, columns: dict) -> str | None:
    """"who" or "when" for a line that is only such a field of the measure above it
    ("Ansvarig: …", "När: …"), "about" for a field that tells more of it ("Hur följs det
    upp: …"), by the `columns` words; None for anything else."""
    label, colon, _ = text.partition(":")
    if not colon or len(label.split()) > 5:
        return None
    label_key = key(label)
    if label_key in column_keys(columns, ("about",)):
        return "about"
    if len(label.split()) > 3:
        return None
    for role in ("who", "when"):
        if label_key in column_keys(columns, (role,)):
            return role
    return None


_MODAL = {"ska", "skall", "kommer", "kan", "får", "har", "tar", "bör", "måste"}


def _subject_words(text: str, actors: list[str] = ()) -> str:
    """The words before the sentence's verb, where Swedish names who acts: "Den gode
    mannen betalar …", "Mamma och pappa använder …", "Skolan ringer mamma …" (the school,
    not mamma). The present tense ends in -r; a modal may come first ("Mamma ska ringa").
    A word naming one of the `actors` is no verb ("Peters syster Eva handlar …")."""
    words = text.split()
    for index, word in enumerate(words[1:5], start=1):
        bare = word.strip(".,:;!?").lower()
        if actors and any_match(actors, bare) is not None:
            continue
        if bare in _MODAL or (word.islower() and bare.endswith("r") and len(bare) > 2):
            return " ".join(words[:index])
    return " ".join(words[:2])


def _line_rows(text: str, options: dict) -> list[str]:
    """A value written as lines (a table cell with several paragraphs) holds one measure per
    line ("Samtal med kurator. Ansvarig: … När: …" is one). With `who_at_start`, one per
    sentence, since each sentence names who acts ("Gode mannen betalar … Sonen handlar …")."""
    parts = logical_lines(text)
    if options.get("who_at_start"):
        parts = [sentence for part in parts for sentence in split_sentences(part)]
    return parts


_BULLET = re.compile(r"^\s*[•●▪◦*–-]\s+")
_LETTER_ITEM = re.compile(r"^[a-zåäö]\)\s")  # "b) Återbesök hos läkare …": an item of its own


def _box_lines(text: str, columns: dict) -> list[str]:
    """The lines of a box with a measure on each ("Hemtjänst vid behov efter hemgång –
    Kommunen" / "Fortsatt kontakt med vårdcentralen – Regionen"), its wrapped lines joined;
    [] for a box of one line, or one whose lines are a measure and its fields ("Ansvarig:
    …", "När: …")."""
    lines = logical_lines(text)
    if len(lines) < 2 or any(_field_role(line, columns) for line in lines):
        return []
    return lines


def _bullet_items(text: str) -> list[str]:
    """The items of a text set as a bulleted list, each with its wrapped lines; [] for any
    other text (one that does not open with a bullet)."""
    items: list[str] = []
    for line in text.split("\n"):
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line).strip())
        elif items and line.strip():
            items[-1] = f"{items[-1]} {line.strip()}"
        elif line.strip():
            return []
    return items
