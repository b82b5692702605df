"""Section finding: turns a `Document` into a `Plan` of labelled sections.

A heading in a real plan may be a heading style, a bold short paragraph, a line in
CAPITALS, a question ("Varför gör vi denna plan?"), a "Label: value" line, or a label cell
in a table with its value to the right or below. This module recognises all of them and
names each section by the checklist's aliases, so rules can ask for "the purpose section"
without knowing the template the plan was written in.

Which headings end a section is the delicate part. A matched heading always starts a new
section. An unmatched heading ends the current section only when it is at least as strong
as the heading that opened it (a Heading 1 after a Heading 1, a bold line after a bold
line); weaker unmatched headings are sub-headings and stay part of the section.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sipcheck.documents.initials import spelled_out
from sipcheck.documents.model import Block, BlockKind, Document, Location
from sipcheck.gather import GATHERED, gather
from sipcheck.label_text import checkbox_value, is_numbering, label_core
from sipcheck.language.clauses import introduces_speech
from sipcheck.language.dates import find_dates
from sipcheck.language.sentences import logical_lines, split_sentences
from sipcheck.line_forms import (
    BULLET_START,
    DASH_LABEL,
    DATED_ENTRY,
    LEADING_HINT,
    NUMBERED,
    NUMBERED_LABEL,
    NUMBERED_MARK,
    PARAGRAPH_SIGN,
    RUN_IN,
    RUN_IN_WORDS,
    leader_fields,
)
from sipcheck.plan import TITLE_LINES, Line, Plan, Section, TableView
from sipcheck.section_tables import TableReading
from sipcheck.table_shapes import CUE_COVERAGE, LABEL_LINE, LABEL_WORDS, SHORT_WORDS, split_label
from sipcheck.vocabulary import Vocabulary

__all__ = ["Line", "Plan", "Section", "TableView", "TITLE_LINES", "find_sections",
           "split_label"]

_SHORT_CHARS = 100

_NUMBERED_WORDS = 8
# a "heading" longer than this is text set large (a form filled in by hand), not a heading
LONG_HEADING_WORDS = 16
_QUOTES = "”“\"'«»’"
_PROSE_WORDS = 8  # a sentence this long is prose, not an entry of a list
# A line that is a heading only by its wording must have most of its content words
# explained by a section's cues ("När ses vi igen?"), not just one of them.
LIST_COVERAGE = 0.75


_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s")
_STRENGTH = {"heading": 3, "bold": 2, "caps": 2, "numbered": 2, "item": 2, "question": 1,
             "plain": 1, "label": 1, "cell": 1, "prose": 1}


class _Builder(TableReading):
    """Walks the blocks once, keeping the open section."""

    def __init__(self, document: Document, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.document = document
        self.preamble = Section(None, "", Location(), form="preamble", level=99)
        self.sections: list[Section] = [self.preamble]
        self.lines: list[Line] = []
        self.current = self.preamble
        self.label_block: Block | None = None  # the block of a label written with its value
        self.after_list = False  # the last line added came from a list item

    def open(self, section_id: str | None, heading: str, location: Location, form: str,
             level: int = 0) -> Section:
        section = Section(section_id, heading, location, form=form, level=level)
        self.sections.append(section)
        self.current = section
        return section

    def add(self, line: Line, section: Section | None = None) -> None:
        (section or self.current).lines.append(line)
        self.lines.append(line)

    # -- paragraphs -------------------------------------------------------------------
    def paragraph(self, block: Block) -> None:
        """Each logical line of a paragraph: printed line breaks inside a sentence are
        joined, so a wrapped PDF sentence is one line; "Label: value" lines stay apart."""
        raw_lines = block.text.split("\n")
        offset = 0
        for text in logical_lines(block.text):
            while offset < len(raw_lines) and not text.startswith(raw_lines[offset].strip()):
                offset += 1
            location = block.location
            if location.line is not None and offset:
                location = Location(**{**location.to_dict(), "line": location.line + offset})
            self.line(text, location, block)

    def line(self, text: str, location: Location, block: Block) -> None:
        self.read_line(text, location, block)
        self.after_list = block.list_item or bool(BULLET_START.match(text))

    def read_line(self, text: str, location: Location, block: Block) -> None:
        leader = leader_fields(text)
        if leader and leader_fields(leader[1]):
            # "Datum ........ Sammankallande ........": two fields left empty on one line
            self.add(Line(text, location, heading=True))
            return
        if leader:
            # "Syfte med mötet ........ Samordning av insatser.": a form's label, a dotted
            # leader and the value written on the line
            text = f"{leader[0].strip()}: {leader[1].strip()}".rstrip()
        hint = LEADING_HINT.match(text)
        if hint and self.hint_below_label(hint, location):
            return
        if block.italic and (text.rstrip().endswith("?") or any(
                self.vocabulary.is_placeholder(sentence) for sentence in split_sentences(text))):
            # "_Hur lämnades samtycket och när?_" under a heading: the template asking; and
            # a hint in italics with the template's own words in it, "_Vilka frågor behöver
            # lösas på mötet? Formulera dem gärna tillsammans med den enskilde._", "_Den
            # enskilde ska ha lämnat samtycke … Ange om samtycket är muntligt …_"
            self.add(Line(text, location, heading=True))
            return
        boxes = checkbox_value(text)
        if boxes is not None:
            self.checkbox_line(*boxes, text, location)
            return
        if self.vocabulary.is_column_labels(text):
            self.add(Line(text, location, heading=True))  # "Namn  Funktion  Verksamhet"
            return
        form, level = self.heading_form(text, block)
        if form and form != "heading" and not any(c.isalnum() for c in text):
            # a bold "–" left in a field: form inside the open section, never a heading
            # that would end it (a table's header row printed as a line is form above)
            self.add(Line(text, location, heading=True))
            return
        if form:
            section_id = self.heading_section(text, form) or self.resumed(form)
            if section_id or self.ends_current(form, level):
                self.open(section_id, label_core(text).rstrip(":").strip(), location, form,
                          level)
                # "Nästa SIP-möte i april, tid meddelas": a plain line that names its part
                # and says when is the part's content too
                stated = form == "plain" and section_id is not None and bool(find_dates(text))
                self.add(Line(text, location, heading=not stated))
                return
            self.add(Line(text, location, subheading=True))  # content of its section
            return
        entry = DATED_ENTRY.match(text)
        if entry and self.vocabulary.section_of(entry.group(1)) is None:
            # when an entry was written is form over what it says, and its date no content
            # of it (no consent "dated" by the day a comment was made)
            self.add(Line(entry.group(1), location, heading=True))
            self.add(Line(entry.group(2), location))
            return
        match = LABEL_LINE.match(text)
        if match and self.is_label_line(match):
            listed = self.label_line(match.group(1).strip(), match.group(2).strip(), location,
                                     in_list=block.list_item or bool(BULLET_START.match(text)))
            self.label_block = block if match.group(2).strip() and not listed else None
            return
        dashed = DASH_LABEL.match(text)
        if dashed and self.vocabulary.section_of(dashed.group(1),
                                                 min_coverage=LIST_COVERAGE) is not None:
            # "Syfte – att Bengt ska kunna bo kvar hemma": a note's label and its value
            self.label_line(dashed.group(1).strip(), dashed.group(2).strip(), location)
            self.label_block = block
            return
        run_in = RUN_IN.match(text)
        if run_in and len(run_in.group(1).split()) <= RUN_IN_WORDS and \
                self.vocabulary.section_of(run_in.group(1), min_coverage=CUE_COVERAGE):
            self.label_line(run_in.group(1).strip(), run_in.group(2).strip(), location)
            self.label_block = block
            return
        if self.ends_list(text, block):
            self.open(None, "", location, "prose")
        self.add(Line(text, location))

    def hint_below_label(self, hint: re.Match, location: Location) -> bool:
        """A printed form's label with its hint on the line below and the value after the
        hint ("Samtycke till SIP" / "(den enskilde/vårdnadshavare)   [ ] Ja  [ ] Nej",
        "Frågeställningar" / "(vilka frågor ska mötet besvara?)   ______"): the hint is
        form, and what follows it is the label's value. The label is the line just above,
        a heading or a short line without a full stop."""
        lines = self.current.lines
        above = lines[-1] if lines else None
        if above is None or above.label or above.ticked or above.text.rstrip().endswith(
                (".", "!", ":")) or len(above.text.split()) > LABEL_WORDS:
            return False
        value = hint.group(2).strip()
        boxes = checkbox_value(value)
        if boxes is not None:
            value = boxes[1]
        if above.heading:
            self.add(Line(f"({hint.group(1)})", location, heading=True))
            if value:
                self.add(Line(value, location, label=above.text))
            return True
        lines.pop()
        self.lines.remove(above)
        self.label_line(above.text, value, above.location)
        return True

    def ends_list(self, text: str, block: Block) -> bool:
        """A paragraph of prose after a label's list of short entries ("Närvarande:" and a
        name per line), or after a label written with its value on its line ("Vi som var
        med: Leo, Maria …"), is no longer that label's: minutes go on with their notes. Nor
        is the next item of a list whose item the label and its value were."""
        if self.current.form == "label" and block.list_item and self.label_block is not None \
                and self.label_block.list_item and block is not self.label_block \
                and self.current.location == self.label_block.location:
            return True  # "* Bakgr: 61 år …" and then "* Hemtj fortsätter …": a list of notes
        if self.current.form != "label" or block.list_item or BULLET_START.match(text) or \
                len(text.split()) < _PROSE_WORDS or not text.rstrip().endswith((".", "!")):
            return False
        if self.label_block is not None and block is not self.label_block:
            return True  # "Vi som var med: Leo, Maria …" and then a paragraph of notes
        if self.after_list:
            return True  # "Det här kom vi överens om:", its list, then the letter goes on
        values = [line for line in self.current.lines if not line.heading and line.text]
        return bool(values) and all(len(line.text.split()) <= SHORT_WORDS for line in values)

    def label_line(self, label: str, value: str, location: Location,
                   in_list: bool = False) -> bool:
        """A "Label: value" line. A label that names a section opens it; a label with an
        empty value, a placeholder or nothing ticked is form, not content. An item of a
        section's list that opens with a word and a colon ("- Hjälpmedel: duschpall -
        Kommunen" among the measures) stays an item of that list: then it says True."""
        if value and self.vocabulary.is_heading_label(label):
            # a heading, and its section holds "Label: value" lines as content; an e-mail's
            # "Ämne: Uppföljning SIP – M." names the document, no part of it
            section_id = None if self.vocabulary.is_document_title(value, first=True) \
                else self.vocabulary.section_of(value)
            self.open(section_id, label_core(value), location, "bold")
            self.add(Line(value, location, label=label, heading=True))
            return False
        section_id = self.vocabulary.section_of(label)
        empty = not value or self.vocabulary.is_placeholder(value)
        if section_id is None and in_list and value and self.current.id is not None and \
                self.current.form == "label" and self.label_block is None:
            self.add(Line(value, location, label=label))
            return True
        if in_list and value and section_id is not None and section_id == self.current.id \
                and self.current.form != "label":
            # "4. Förlängning av aktivitetsersättningen: Sara skickar …" in the list under
            # "Insatser": an item whose words are the section's own, not a part of its own
            self.add(Line(value, location, label=label))
            return True
        if section_id is not None and section_id != self.current.id and value and \
                self.in_label_list() and self.vocabulary.section_of(
                    label, min_coverage=CUE_COVERAGE) is None:
            # "Läkarbesök för uppföljning av medicinerna: läkare, …, 2025-03-25" among
            # "Blodprov: sjuksköterska, …" lines: a measure of the list, not the follow-up
            # its one word names
            section_id = None
        if section_id is None and (self.vocabulary.is_record_field(self.current.id, label)
                                   or (value and self.vocabulary.is_actor_label(
                                       self.current.id, label))):
            # "Ansvarig: Mats" under "Så här gör vi: …": a field of what stands above it;
            # "Kontaktperson på mottagningen: stödsamtal …": a measure and who does it
            self.add(Line(value, location, label=label, heading=empty))
            return False
        if section_id or self.current.form == "label":
            target = self.open(section_id, label_core(label), location, "label")
            self.add(Line(value, location, label=label, heading=empty), target)
            return False
        self.add(Line(value, location, label=label, heading=empty))
        return False

    def checkbox_line(self, label: str, ticked: str, text: str, location: Location) -> None:
        """A line of checkbox options: only what is ticked is content ("Samtycke: ☒ Muntligt
        ☐ Skriftligt" says "Muntligt"); with nothing ticked the line is all form."""
        label = label.rstrip(":").strip()
        above = self.current.lines[-1] if self.current.lines else None
        if not label and above is not None and not (above.label or above.heading or
                                                    above.ticked) and \
                above.text.rstrip().endswith("?") and self.lines and self.lines[-1] is above:
            # a form's question over its options ("Ska planen skickas till vårdnadshavare?"
            # / "(•) Ja ( ) Nej"): the question is the options' label, no question of its own
            self.current.lines.pop()
            self.lines.pop()
            self.label_line(above.text.strip(), ticked, above.location)
        elif label:
            self.label_line(label, ticked, location)
        elif ticked and (field := LABEL_LINE.match(ticked)) and "\n" not in ticked and \
                self.is_label_line(field):
            # a ticked item of a checklist of the parts, "[x] Syfte: Samordning": the part
            # was gone through, and what follows its label is the part's content
            self.label_line(field.group(1).strip(), field.group(2).strip(), location)
        elif ticked:
            self.add(Line(ticked, location, ticked=True))
        else:
            self.add(Line(text, location, heading=True))

    def numbered_next(self, text: str) -> bool:
        """Whether `text` is numbered one after the numbered heading it stands under ("4." under
        "3. Vad vill du själv uppnå?")."""
        number = _ITEM_NUMBER.match(text)
        above = next((line.text for line in self.current.lines if line.heading), "")
        before = _ITEM_NUMBER.match(above)
        return bool(number and before) and int(number.group(1)) == int(before.group(1)) + 1

    def heading_section(self, text: str, form: str) -> str | None:
        """The section a heading names. A line that is a heading only by its wording (a plain
        line, a question, a numbered list line) must be explained mostly by the cues; a
        heading style, bold or capitals already say it is a heading."""
        coverage = {"question": CUE_COVERAGE, "item": CUE_COVERAGE, "plain": LIST_COVERAGE,
                    "numbered": LIST_COVERAGE}
        if form == "numbered" and label_core(text).rstrip().endswith("?"):
            form = "question"  # a numbered question: as much as any question
        first = len(self.sections) == 1 and not any(
            line.text.strip() and not line.heading for line in self.preamble.lines[TITLE_LINES:])
        if self.vocabulary.is_document_title(text, first=first):
            return None  # "SIP – Planering inför hemgång" is the plan's title
        return self.vocabulary.section_of(text, min_coverage=coverage.get(form, 0.0))

    def heading_form(self, text: str, block: Block) -> tuple[str | None, int]:
        if block.kind is BlockKind.HEADING and len(text.split()) <= LONG_HEADING_WORDS:
            return "heading", block.level or 1
        core = label_core(text)  # its words, not its numbering and hint
        short = len(core) <= _SHORT_CHARS and len(core.split()) <= SHORT_WORDS
        if not short:
            return None, 0
        if PARAGRAPH_SIGN.match(text) and len(text.split()) <= _NUMBERED_WORDS and \
                not text.endswith((".", ",", ";")):
            return "numbered", 0
        if block.list_item or NUMBERED.match(text):
            # "2. Syfte med SIP": a numbered heading, which readers may see as a list item;
            # a list line is a heading only when a section's words explain nearly all of it
            # a list line in small letters ("- samtycke inhämtat") is an entry, no heading
            # a list line with a dash before a value that holds a number ("- Nästa
            # uppföljning (alla) – v. 16") is the entry and its value, no heading
            dashed = DASH_LABEL.match(text)
            valued = dashed is not None and any(c.isdigit() for c in dashed.group(2))
            field = LABEL_LINE.match(text)
            if field and field.group(2).strip() and self.vocabulary.is_field_label(field.group(1)):
                # "När: Vid behov" under a numbered measure: the measure's field, never a
                # heading of the part its value names ("behov")
                return None, 0
            if len(text.split()) <= _NUMBERED_WORDS and not text.endswith((".", ",", ";")) \
                    and not text.lstrip()[:1].islower() and not valued and (
                        block.bold  # "7. Ansvar och uppföljning" in bold: a heading
                        or self.vocabulary.section_of(text, min_coverage=LIST_COVERAGE)):
                return "numbered", 0
            words = NUMBERED_MARK.sub("", text, count=1)
            letters = [c for c in words if c.isalpha()]
            alone = NUMBERED.match(text) or "\n" not in block.text.strip()
            if alone and len(letters) >= 3 and all(c.isupper() for c in letters) and \
                    not any(c.isdigit() for c in words) and len(text.split()) <= _NUMBERED_WORDS:
                return "numbered", 0  # "1. ÅTERBLICK": a numbered heading in capitals
            if self.current.form == "numbered" and core.rstrip().endswith("?") and (
                    self.vocabulary.section_of(text, min_coverage=CUE_COVERAGE)
                    or self.numbered_next(text)):
                # "4. Hur har du varit med i planeringen, och vad tycker du?" after "3. Vad
                # vill du själv uppnå?": a form's numbered questions, each answered below it
                # (not a list of questions for the meeting under "Frågeställningar"), also
                # one that names no part ("4. Vad tycker du om stödet hittills?")
                return "numbered", 0
            return None, 0
        labelled = LABEL_LINE.match(text)
        if labelled and is_numbering(labelled.group(1)) and \
                text[labelled.end(1):].lstrip().startswith(": "):  # not a time "13:05"
            # "Fråga 7 av 14: Samtycke – hur och när har samtycke lämnats?": a form's
            # numbered item, its answer below; a heading whatever it asks
            return "item", 0
        if text.endswith("?"):
            weak = self.vocabulary.section_of(text, min_coverage=CUE_COVERAGE)
            if weak:
                return "question", 0
            # a bold question between bold questions that head the parts ("Vad är syftet?",
            # "Hur ser det ut just nu?", "Vad vill Mikael?"): the form's, heading its answer
            return ("bold", 0) if block.bold and self.current.form == "question" else (None, 0)
        if labelled and not text.rstrip().endswith(":"):
            return None, 0  # "Label: value" is handled as a label line
        if block.bold:
            return "bold", 0
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters) \
                and (not text.endswith(".") or (
                    core != text.strip() and self.vocabulary.section_of(
                        core.rstrip("."), exact=True) is not None)):
            # (a dictated heading keeps its full stops: "PUNKT ETT. SYFTE.")
            return "caps", 0
        first = block.text.strip().split("\n")[0].strip() == text.strip()
        numbered = core != text.strip() and first  # "Fält 1 av 12 – Syfte"
        # a section's own name over a short value in one paragraph of a text export
        # ("Huvudansvar" / "Kommunen."): a heading though its value is shorter than it
        named = first and self.vocabulary.section_of(text, exact=True) is not None
        if ("\n" not in block.text.strip() or numbered or named) and \
                not text.rstrip(_QUOTES).endswith((".", ":", "!")) \
                and text[:1] not in _QUOTES \
                and len(core.split()) <= _NUMBERED_WORDS \
                and self.vocabulary.section_of(text, min_coverage=LIST_COVERAGE):
            return "plain", 0  # a heading written as plain text, alone on its line
        return None, 0

    def resumed(self, form: str) -> str | None:
        """The section a sub-heading goes back to after a question set in bold between
        (“## Så här hjälper vi dig”, “**Får vi prata med varandra om dig?**”, then
        “**Jobbet**”): the question's answer is its own, the sub-headings after it belong to
        the heading above both again."""
        if form not in ("bold", "caps"):
            return None
        outer = next((section for section in reversed(self.sections)
                      if section.form == "heading"), None)
        if outer is None or outer.id is None:
            return None
        current = self.current
        if current.form == "question" or (
                current.form in ("bold", "caps") and current.id == outer.id):
            return outer.id  # ("**Handla mat**" after "**Jobbet**", its sibling)
        return None

    def ends_current(self, form: str, level: int) -> bool:
        """Whether an unmatched heading closes the open section (see module docstring)."""
        current = self.current
        if form == "question" or current.form == "preamble":
            return form == "heading"
        if current.form == "heading" and form == "heading":
            return level <= current.level
        return _STRENGTH[form] >= _STRENGTH.get(current.form, 0)

    def in_label_list(self) -> bool:
        """Whether the open section's last line is a "Label: value" line whose label names
        no section (a list of measures written "Blodprov: sjuksköterska, …")."""
        last = self.current.lines[-1] if self.current.lines else None
        return last is not None and bool(last.label) and not last.heading and \
            self.vocabulary.section_of(last.label) is None

    def is_label_line(self, match: re.Match) -> bool:
        label, value = match.group(1), match.group(2).strip()
        if introduces_speech(label):
            return False  # "S. säger: ”Jag vill …”" is the person speaking
        if re.search(r"\w[.!?]\s+\w", label):
            return False  # "Fortsatt hemtjänst. Ansvar: …": a sentence ends before the colon
        if label.count("(") > label.count(")"):
            return False  # "1) Fortsatt kontakt (vem: DSK Sofie, när: löpande)": in brackets
        # Not "kl. 13:00" or "Tid 10:30": a label that ends in a digit is no label before
        # a value that goes on with digits; "Insats 1: Daglig vägning …" is one. A long
        # label is still one when its field is left blank ("Om nej, skäl och hur …: ___").
        limit = LABEL_WORDS + 4 if self.vocabulary.is_placeholder(value) else 8
        return len(label.split()) <= limit and not (
            label[-1:].isdigit() and (value[:1].isdigit() or not NUMBERED_LABEL.match(label)))

    # -- tables -----------------------------------------------------------------------
def _unanswered_lead_ins(lines: list[Line], vocabulary: Vocabulary) -> None:
    """A sentence that ends in a colon leads in to what follows ("Den enskilde har
    lämnat samtycke till att verksamheterna utbyter information:"), and a question asks
    for it ("Deltog den enskilde på mötet?" over "☐ Ja ☐ Nej"); followed only by a field
    left empty (a placeholder, an empty label, boxes not ticked) it is the form's own
    wording, not something the plan says."""
    for line, following in zip(lines, lines[1:], strict=False):
        if line.heading or not line.text.rstrip().endswith((":", "?")):
            continue
        if line.text.rstrip().endswith("?"):
            # a question is asked of its boxes only: the next field's label is no answer;
            # a field's value that is a question ("Frågeställningar: Ska Alex …?") is the
            # plan's own question, whatever follows it
            line.heading = line.label is None and following.heading and \
                checkbox_value(following.text) is not None
            continue
        if vocabulary.is_placeholder(following.text) or (
                following.heading and (following.label is not None
                                       or checkbox_value(following.text) is not None)):
            line.heading = True


def find_sections(document: Document, vocabulary: Vocabulary) -> Plan:
    """Reads a document as a plan. Pure: the same document gives the same plan."""
    blocks = spelled_out(document.blocks)  # "AS" with what a legend says it stands for
    if blocks is not document.blocks:
        document = replace(document, blocks=blocks)
    builder = _Builder(document, vocabulary)
    values = _headings_as_values(document.blocks, vocabulary)
    asked = _speakers_questions(document.blocks)
    for block in document.blocks:
        if id(block) in values:
            block = replace(block, kind=BlockKind.PARAGRAPH, level=0, bold=False)
        if id(block) in asked:
            block = replace(block, text=asked[id(block)])
        if block.kind is BlockKind.PARAGRAPH and \
                (today := vocabulary.without_earlier_text(block.text)) != block.text:
            block = replace(block, text=today)  # "[tidigare: …] Samtycke finns."
        if block.location.part in ("header", "footer", "footnote", "endnote"):
            # Page headers and footers repeat on every page, notes stand apart from the
            # text they annotate: they belong to no section.
            builder.add(Line(block.text, block.location), builder.preamble)
            continue
        if block.kind is BlockKind.TABLE:
            builder.table(block)
        else:
            builder.paragraph(block)
    _unanswered_lead_ins(builder.lines, vocabulary)
    sections = [s for s in builder.sections if s.lines or s.id]
    plan = Plan(document, sections, builder.lines, vocabulary)
    _this_meeting(plan)
    for group in gather(sections, plan.values, vocabulary.gather, plan.introduced,
                        lambda relations: plan.named(tuple(relations))):
        section = Section(group.section, group.heading, group.location, form=GATHERED)
        section.lines = [Line(text, location, label=label)
                         for text, location, label in group.sentences]
        sections.append(section)
    return plan


_SPEAKER_ASKS = re.compile(r"^\W*([^\W\d][^:\n]{1,30}):\s+(\S[^\n]*\?)\s*$")
SPEAKER_TURNS = 3  # a label before this many questions is someone speaking, no field


def _speakers_questions(blocks: list[Block]) -> dict[int, str]:
    """The questions one speaker asks in a plan written as a conversation ("Samordnaren:
    När ses vi igen?" over "– Efter sommarlovet …"), without the speaker: a label before
    SPEAKER_TURNS questions or more is who asks, not a field of the plan, and each
    question says by its own words which part of the plan its answer is."""
    found: dict[str, list[tuple[int, str]]] = {}
    for block in blocks:
        if block.kind is not BlockKind.TABLE and (turn := _SPEAKER_ASKS.match(block.text)):
            found.setdefault(turn.group(1).strip().casefold(), []).append(
                (id(block), turn.group(2)))
    return {block: question for turns in found.values() if len(turns) >= SPEAKER_TURNS
            for block, question in turns}


def _headings_as_values(blocks: list[Block], vocabulary: Vocabulary) -> set[int]:
    """The headings that are values: a writer who set every label and every short value in
    one heading style ("Samtycke" / "Ja", "Deltagare" / "Alva" / "Mamma"). A heading that
    names no section is a value when it follows, at the same level, a heading that names
    one and holds nothing else (or another such value), and has no text of its own below
    it: the next block is a heading too, or there is none. (An unknown heading with text
    below it, "Övrigt", stays a heading.)"""
    values: set[int] = set()
    level = None  # the level of the section's heading the values stand under
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            level = None
            continue
        if vocabulary.section_of(block.text, min_coverage=0.0) is not None:
            level = block.level
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if level is not None and block.level == level and (
                following is None or following.kind is BlockKind.HEADING):
            values.add(id(block))
        else:
            level = None
    return values


def _this_meeting(plan: Plan) -> None:
    """In a follow-up meeting's document, a section under a label that gives this
    meeting's date ("Datum för uppföljning" in "Samordnad individuell plan – uppföljning")
    is no section of the plan's: what it says is when this meeting was, not the next
    follow-up, and its lines are the plan's own date (`Plan.this_meeting`)."""
    vocabulary = plan.vocabulary
    if not vocabulary.is_follow_up_document(plan.opening_lines()):
        return
    for section in plan.sections:
        if section.id and vocabulary.names_this_meeting(section.heading):
            section.id = None
            plan.this_meeting.extend(section.lines)
