"""`table_rows`: interventions as rows of what, who and when.

Rows come from the tables of the given sections (columns found by their headers, e.g.
"Insats | Ansvarig | När"), or from the section's list items and lines when there is no
table ("Samtalsstöd – kurator, elevhälsan – från vecka 36").

Options:
  section          section id or list of ids (required)
  columns          header words per column role: {what: [...], who: [...], when: [...]};
                   `about`: labels of a field under a measure that tells more of it but
                   neither who nor when ("Hur följs det upp: …"), no measure of its own
  who              regular expressions for a responsible party at unit or function level
                   ("kurator", "BUP", "hemtjänsten i Arboga")
  principal        regular expressions for a principal alone ("kommunen", "regionen"):
                   named without a unit, the responsibility is not concrete
  vague            regular expressions for vague measures ("stöd vid behov")
  exclude          regular expressions; rows whose measure, or the form label it stands
                   behind ("Antecknat av:"), matches one are no measure
                   ("insatser är inte bestämda ännu"); a time not yet decided ("Start: Ej
                   fastställt") leaves the measure without a time
  when_precision   precisions of a time that count (default: all but vague)
  frequency        where how often ("en gång i veckan", "varje fredag") counts as the
                   time: anywhere (default), or own_field: only in a column or field that
                   says when ("När: Varje dag"), not in the measure's own sentence
  subject          whether the person the plan is about, named by first name or initial,
                   counts as a `who` ("R. ansöker om skuldsanering")
  titles           regular expressions for professional titles: a name mostly written with
                   one after it ("Kim, ssk") is a professional's, never the person's
  sign_offs        regular expressions for a letter's closing line ("Vänliga hälsningar"):
                   when a function (`titles`) is signed below one, or the writer lists
                   herself among those present ("jag, Maria, biståndshandläggare"), the
                   plan's "jag" is that professional, not the person
  who_at_start     for rows written as lines, look for `who` only in the line's label or
                   its first words ("Mamma: skjutsar …", "God man söker …"), where the one
                   who acts is named, not among those the measure is for; a section
                   heading that names a `who` ("Mamma åtar sig:") names it for its lines
  named            a first name the plan gives one of the `who` parties ("Ingrid, dotter
                   till E.", "syster Eva") counts as that party ("Ingrid handlar …")
  require          what must hold:
                   rows           at least one row
                   concrete       at least one row with a concrete measure
                   any_who        at least one row names someone responsible
                   any_who_what   at least one row has a concrete measure by a `who` party
                   all_who_when   there are rows, and every row has a `who` and a time
"""

from __future__ import annotations

import re

from sipcheck.label_text import key
from sipcheck.language.dates import find_dates
from sipcheck.language.sentences import logical_lines, split_sentences
from sipcheck.rules.base import (
    Evidence,
    Finding,
    any_match,
    compile_pattern,
    quote,
)
from sipcheck.rules.measure_rows import NUMBER_AFTER, Row, column_keys, rows_of
from sipcheck.sections import Plan

# A writer's note in brackets ("[kolla med BUP]") is no part of the measure.
_BRACKETED = re.compile(r"\[[^\]]*\]")
_DEFAULT_WHEN = {"day", "week", "month", "season", "relative"}


def _without(text: str, patterns: list[str], mentions: list | None = None) -> str:
    """`text` with what `patterns` match and its dates (`mentions`, found when None) blanked
    out: what is left once who does it and when are taken away."""
    if patterns and any_match(patterns, text):  # most texts hold none of them
        for pattern in patterns:
            text = compile_pattern(pattern).sub(" ", text)
    for mention in reversed(find_dates(text) if mentions is None else mentions):
        text = text[:mention.start] + " " + text[mention.end:]
    return text


def _follow_on(rows: list[Row], options: dict, subject: re.Pattern | None) -> list[Row]:
    """Joins a sentence that only adds the time to the measure before it: "Arbetsterapeuten
    gör ett bildschema. | Det är klart senast 2024-12-20." is one measure with who and when,
    and so is a measure with its responsible followed by a line that is only a time
    ("◷ Start 2025-02-03" under "Boendestöd … Ansvarig: boendestödjare"), or a measure
    followed by a line that only names who does it ("👤 kurator Lisa VC")."""
    joined: list[Row] = []
    for row in rows:
        previous = joined[-1] if joined else None
        if previous is None:
            joined.append(row)
            continue
        row_who, row_when = _has_who(row, options, subject), _has_when(row, options)
        previous_who = _has_who(previous, options, subject)
        if row_who and not row_when and not previous_who and \
                previous.location != row.location and _who_only(row, options):
            # "👤 kurator Lisa VC" under "✅ fortsatt kontakt": who does the measure above
            joined[-1] = Row(previous.what, f"{previous.who} {row.who}", previous.when,
                             f"{previous.text} {row.text}", previous.location)
            continue
        if not row_who and row_when and previous_who:
            time_only = _time_only(row, options)
            if (previous.location == row.location or time_only) and \
                    (time_only or not _has_when(previous, options)):
                joined[-1] = Row(previous.what, previous.who, f"{previous.when} {row.when}",
                                 f"{previous.text} {row.text}", previous.location)
                continue
        joined.append(row)
    return joined


def _who_only(row: Row, options: dict) -> bool:
    """A line that only names who: once its `who` words are gone, nothing is left but
    names and places ("👤 kurator Lisa, Vårdcentralen Sala")."""
    rest = _without(row.text, options.get("who", []), mentions=[])
    return all(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", rest))


def _time_only(row: Row, options: dict) -> bool:
    """A line that says nothing but a time: its dates, the words for a time column
    ("Start", "Klart") and one more word at most ("onsdagar", "träffas") once removed."""
    mentions = find_dates(row.text)
    if not mentions:
        return False
    rest = _without(row.text, [], mentions)
    when_words = column_keys(options.get("columns", {}), ("when",))
    words = [w for w in re.findall(r"[^\W\d_]{3,}", rest) if key(w) not in when_words]
    return len(words) <= 1


# "Boendestöd ska sökas", "Försäkringskassan behöver kontaktas": the word before a passive
# ("-as") after "ska"/"behöver" is what is done, not who does it
_PASSIVE_OBJECT = re.compile(r"\b\w+\s+(?:ska|skall|behöver|bör|måste)\s+\w{3,}as\b")


def _actors(row: Row) -> str:
    """The text that says who does the measure, without what is only done to."""
    return _PASSIVE_OBJECT.sub(" ", row.who)


def _has_who(row: Row, options: dict, subject: re.Pattern | None = None,
             named: re.Pattern | None = None) -> bool:
    who = _actors(row)
    if not who.strip():
        return False
    if subject is not None and _acts(subject, who):
        return True
    if named is not None and named.search(who):
        return True
    return any_match(options.get("who", []), who) is not None


_SUBJECT_PLACE = re.compile(r"(?:^|[|.!?:;\n–-])[\W\d]*\Z")


def _acts(subject: re.Pattern, who: str) -> bool:
    """Whether the person is named where the one who acts stands: first in the who text,
    a cell, a sentence or after a label ("R. ansöker om …", "Ansvarig: R."), not as whom a
    measure is for ("hjälp med frukost … M. deltar", "Trygghetslarm installeras, G.").
    A line break inside a wrapped sentence ("går hem till" / "Holger.") is no such place."""
    who = "\n".join(logical_lines(who)) if "\n" in who else who
    return any(_SUBJECT_PLACE.search(who, 0, match.start())
               for match in subject.finditer(who))


def _has_any_who(row: Row, options: dict, subject: re.Pattern | None = None,
                 named: re.Pattern | None = None) -> bool:
    # (the `who` patterns were asked by `_has_who`: only a principal is left to find)
    return _has_who(row, options, subject, named) or any_match(
        options.get("principal", []), _actors(row)) is not None


def _has_when(row: Row, options: dict) -> bool:
    allowed = set(options.get("when_precision") or _DEFAULT_WHEN)
    # "en gång i veckan" says how often; as the time only where a column or field says when
    frequency_is_when = (options.get("frequency", "anywhere") == "anywhere"
                         or row.when.strip() != row.text.strip())
    return any(str(m.precision) in allowed and (frequency_is_when or not m.recurring)
               for m in find_dates(row.when))


def _concrete(row: Row, options: dict, without: list[str] = ()) -> bool:
    """A concrete measure: some sentence of it has two words or more and is not vague, and
    is not a who or when field ("Ansvar: hemtjänsten."). Who does it (`without`, `who`)
    and when are removed first: "Försäkringskassan, god man." and "Socialtjänsten – Lina,
    under hösten" name actors and a time but no measure."""
    vague = options.get("vague", [])
    columns = options.get("columns", {})
    not_what = column_keys(columns, ("who", "when"))
    what_words = column_keys(columns, ("what",))
    for sentence in split_sentences(_BRACKETED.sub(" ", row.what)):
        if sentence.strip().endswith("?"):
            continue  # a question is no measure ("Försäkringskassan?")
        label = sentence.partition(":")[0] if ":" in sentence else ""
        if label and key(label) in not_what:
            continue  # "Ansvar: hemtjänsten." says who, not what
        if label and key(NUMBER_AFTER.sub("", label)) in what_words:
            sentence = sentence.partition(":")[2]  # "Åtgärd 1: Fortsatt kontakt ..."
        rest = _without(sentence, [*without, *options.get("who", [])])
        if len(re.findall(r"\w+", rest)) >= 2 and not any_match(vague, sentence):
            return True
    return False


def check(options: dict, plan: Plan) -> Finding:
    rows = rows_of(options, plan)
    require = options.get("require", "rows")
    subject = plan.subject_pattern(titles=tuple(options.get("titles", ()))) \
        if options.get("subject") else None
    named = plan.names_of(tuple(options.get("who", []))) if options.get("named") else None

    def cite(selected: list[Row]) -> list[Evidence]:
        return [Evidence(quote(row.text), row.location) for row in selected[:3]]

    if not rows:
        return Finding(False, [], "inga insatser hittades", "no interventions found")
    if require == "rows":
        return Finding(True, cite(rows))
    if require == "concrete":
        good = [r for r in rows if _concrete(r, options)]
        return Finding(bool(good), cite(good or rows),
                       "" if good else "insatserna är vaga",
                       "" if good else "the interventions are vague")
    if require == "any_who":
        good = [r for r in rows if _has_any_who(r, options, subject, named)]
        return Finding(bool(good), cite(good or rows),
                       "" if good else "ingen ansvarig anges", "" if good else "nobody responsible")
    if require == "any_who_what":
        actors = options.get("who", [])
        good = [r for r in rows
                if _has_who(r, options, subject, named) and _concrete(r, options, actors)]
        return Finding(bool(good), cite(good), "" if good else "ingen sådan åtgärd beskrivs",
                       "" if good else "no such measure is described")
    rows = _follow_on(rows, options, subject)
    lacking = [r for r in rows
               if not (_has_who(r, options, subject, named) and _has_when(r, options))]
    if lacking:
        return Finding(False, cite(lacking),
                       f"{len(lacking)} av {len(rows)} insatser saknar ansvarig på "
                       "verksamhetsnivå eller tidpunkt",
                       f"{len(lacking)} of {len(rows)} interventions lack a responsible unit "
                       "or a time")
    return Finding(True, cite(rows))
