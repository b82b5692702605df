"""The parts of a .docx that are not the plan as printed, for the privacy scan.

A name deleted with track changes on, a comment in the margin, the author in the file's
properties, a personnummer in a picture's alternative text: none of it is read as plan
text (the walker skips it on purpose), yet all of it travels with the file when it is
shared. `hidden_blocks` collects it as Blocks whose location names the part (`comment`,
`deleted`, `hidden_text`, `struck_text`, `properties`, `alt_text`), so `sipcheck scan` and
`review` can say where personal data hides. People's names in author fields are written as
"Författare: …", the form the scan reads as a labelled name.
"""

from __future__ import annotations

from sipcheck.documents.docx_styles import on
from sipcheck.documents.docx_xml import RPR, VANISH, W, struck
from sipcheck.documents.model import Block, BlockKind, Location

_CORE_PEOPLE = ("creator", "lastModifiedBy")
_APP_PEOPLE = ("Manager",)
_DOC_PR = ("docPr", "cNvPr")  # a drawing's or a picture's non-visual properties


def hidden_blocks(package, body, by_type: dict[str, str], refused: type[Exception]) -> list:
    """Every hidden text of the package; a part that cannot be read is passed over (the
    plan itself was read)."""
    blocks: list[Block] = []

    def add(part: str, text: str) -> None:
        text = " ".join(text.split())
        if text:
            blocks.append(Block(BlockKind.PARAGRAPH, text, Location(part=part)))

    for deleted in body.iter(W + "del"):
        author = deleted.get(W + "author", "")
        add("deleted", " ".join(t.text or "" for t in deleted.iter(W + "delText")))
        if author:
            add("deleted", f"Författare: {author}")
    for run in body.iter(W + "r"):
        rpr = run.find(RPR)
        if rpr is not None and (v := rpr.find(VANISH)) is not None and on(v):
            add("hidden_text", " ".join(t.text or "" for t in run.iter(W + "t")))
        elif struck(rpr):
            # printed but struck through, so no plan text: the scan still reads it
            add("struck_text", " ".join(t.text or "" for t in run.iter(W + "t")))
    for element in body.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.rsplit("}", 1)[-1] in _DOC_PR or tag.endswith("}shape"):
            for attribute in ("descr", "title", "alt"):
                add("alt_text", element.get(attribute, ""))
    # Footnotes and endnotes are plan text (the reader reads them); comments are not.
    for kind, part, default in (("comments", "comment", "word/comments.xml"),):
        root = _xml(package, by_type.get(kind, default), refused)
        if root is None:
            continue
        for note in root:
            add(part, " ".join(t.text or "" for t in note.iter(W + "t")))
            if note.get(W + "author"):
                add(part, f"Författare: {note.get(W + 'author')}")
    for name, people in (("docProps/core.xml", _CORE_PEOPLE), ("docProps/app.xml", _APP_PEOPLE),
                         ("docProps/custom.xml", ())):
        root = _xml(package, name, refused)
        if root is None:
            continue
        for element in root.iter():
            if not isinstance(element.tag, str) or not (element.text or "").strip():
                continue
            local = element.tag.rsplit("}", 1)[-1]
            add("properties", f"Författare: {element.text}" if local in people
                else element.text)
    return blocks


def _xml(package, name: str, refused: type[Exception]):
    try:
        return package.xml(name)
    except refused:
        return None
