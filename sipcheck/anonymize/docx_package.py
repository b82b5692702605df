"""A .docx taken apart, anonymised part by part, and put together again.

A .docx is a zip of XML parts. Personal data can sit in any of them, not only in the text
a reader shows: comments and the people who wrote them, tracked changes, headers and
footers, footnotes, content controls bound to custom XML, document properties (author,
last modified by, company, title), the thumbnail of the first page, link targets, images.
So every XML part is parsed, cleaned (`docx_cleaning`), its paragraphs replaced
(`docx_text`) and then swept node by node; parts that cannot be checked (images, charts,
embedded files, the thumbnail) and parts that must not travel (comments, people) are left
out with their relationships. The layout (styles, numbering, sections, fonts) is kept.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from sipcheck.anonymize import docx_cleaning, docx_text, places
from sipcheck.anonymize.replacer import Replacer
from sipcheck.documents.docx_reader import MAX_COMPRESSION_RATIO, MAX_PART_BYTES
from sipcheck.text import SipcheckError, Text

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
W = docx_text.W
_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
# Relationships whose parts are left out of the copy, by the last word of their type.
_DROPPED = frozenset((
    "image", "hdphoto", "chart", "chartUserShapes", "diagramData", "diagramLayout",
    "diagramQuickStyle", "diagramColors", "diagramDrawing", "oleObject", "package", "video",
    "audio", "media", "comments", "commentsExtended", "commentsIds", "commentsExtensible",
    "people", "thumbnail", "attachedTemplate"))
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf",
                   ".svg", ".wdp", ".jfif")
# Extended properties that name people, places or the document.
_APP_DROPPED = frozenset(_APP + name for name in (
    "Company", "Manager", "HyperlinkBase", "TitlesOfParts", "HeadingPairs", "Template"))
# Settings that travel with a document and may hold names or a path with a user name;
# Word is asked to leave personal information out when the copy is saved again.
_SETTINGS_DROPPED = frozenset(W + name for name in (
    "trackRevisions", "docVars", "attachedTemplate"))
_SETTINGS_ADDED = ("removePersonalInformation", "removeDateAndTime")
_SETTINGS_BEFORE = frozenset(W + name for name in ("writeProtection", "view", "zoom"))


@dataclass
class Cleaned:
    """What was taken out of a .docx besides the replaced text."""

    comments: int = 0
    changes: int = 0
    images: int = 0
    properties: bool = False


def anonymize_docx(data: bytes, replacer: Replacer) -> tuple[bytes, Cleaned]:
    """The anonymised .docx and what was cleaned; personal data replaced by `replacer`."""
    package = _Package(data)
    cleaned = Cleaned()
    gone = package.drop_parts()
    cleaned.comments = package.comments
    content = {name: root for name, root in package.xml.items() if root.tag.startswith(W)}
    for name, root in content.items():
        cleaned.changes += docx_cleaning.accept_changes(root)
        docx_cleaning.remove_comment_marks(root)
        cleaned.images += docx_cleaning.remove_graphics(root, gone.get(name, set()))
        if name.endswith("settings.xml"):
            _settings(root)
    cleaned.properties = package.clear_properties()
    for root in content.values():
        docx_text.learn_paragraphs(root, replacer)
    for name, root in content.items():
        docx_text.replace_paragraphs(root, replacer, package.place(name))
    for name, root in package.xml.items():
        docx_text.sweep(root, replacer, package.place(name) or places.BODY,
                        skip_runs=name in content)
    return package.write(), cleaned


def leftovers(data: bytes, replacer: Replacer) -> list[tuple[str, Text]]:
    """(kind, place) of personal data still anywhere in a finished .docx, every part read."""
    package = _Package(data)
    return [(kind, package.place(name) or places.BODY) for name, root in package.xml.items()
            for kind in docx_text.leftovers(root, replacer)]


class _Package:
    def __init__(self, data: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise SipcheckError(Text("Filen är ingen läsbar .docx.",
                                     "The file is no readable .docx.")) from exc
        self.infos = self.zip.infolist()
        self.dropped: set[str] = set()
        self.comments = 0
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 remove_comments=True, huge_tree=False)
        self.xml = {info.filename: etree.fromstring(self._read(info), parser)
                    for info in self.infos
                    if info.filename.lower().endswith((".xml", ".rels"))}
        main = self._targets("_rels/.rels", "officeDocument")
        self.main = main[0] if main else "word/document.xml"

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        if info.file_size > MAX_PART_BYTES or (
                info.file_size > 1024 * 1024
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
            raise SipcheckError(Text("En del av filen packas upp till orimligt mycket data.",
                                     "A part of the file unpacks to an unreasonable size."))
        return self.zip.read(info)

    def place(self, name: str) -> Text | None:
        """Where a part is, for the report; None for the main document (tables numbered)."""
        base = posixpath.basename(name).lower()
        if name == self.main:
            return None
        if name.startswith("docProps/"):
            return places.PROPERTIES
        if base.endswith(".rels"):
            return places.LINKS
        for start, place in (("header", places.HEADER), ("footer", places.FOOTER),
                             ("footnotes", places.NOTES), ("endnotes", places.NOTES)):
            if base.startswith(start):
                return place
        return places.OTHER

    def _targets(self, rels: str, kind: str) -> list[str]:
        root = self.xml.get(rels)
        if root is None:
            return []
        return [_resolve(rels, rel.get("Target", "")) for rel in root.iter(_RELS)
                if rel.get("Type", "").rsplit("/", 1)[-1] == kind
                and rel.get("TargetMode") != "External"]

    def drop_parts(self) -> dict[str, set[str]]:
        """Leaves out images, comments and the like with their relationships; returns the
        relationship ids that now point nowhere, by the part that holds them."""
        todo = [info.filename for info in self.infos
                if info.filename.lower().endswith(_IMAGE_SUFFIXES)]
        for rels, root in self.xml.items():
            if rels.endswith(".rels"):
                todo += [_resolve(rels, rel.get("Target", "")) for rel in root.iter(_RELS)
                         if rel.get("Type", "").rsplit("/", 1)[-1] in _DROPPED
                         and rel.get("TargetMode") != "External"]
        while todo:
            name = todo.pop()
            if name in self.dropped:
                continue
            self.dropped.add(name)
            rels = _rels_of(name)
            if rels in self.xml:
                todo += [_resolve(rels, rel.get("Target", "")) for rel in self.xml[rels].iter(_RELS)
                         if rel.get("TargetMode") != "External"]
                self.dropped.add(rels)
        for name in self.dropped:
            root = self.xml.pop(name, None)
            if root is not None and posixpath.basename(name).lower().startswith("comments"):
                self.comments = max(self.comments, len(root.findall(W + "comment")))
        gone: dict[str, set[str]] = {}
        for rels, root in self.xml.items():
            if not rels.endswith(".rels"):
                continue
            for rel in list(root.iter(_RELS)):
                target = _resolve(rels, rel.get("Target", ""))
                if rel.get("Type", "").rsplit("/", 1)[-1] in _DROPPED or (
                        rel.get("TargetMode") != "External" and target in self.dropped):
                    gone.setdefault(_source_of(rels), set()).add(rel.get("Id", ""))
                    root.remove(rel)
        types = self.xml.get("[Content_Types].xml")
        if types is not None:
            for override in list(types.iter(_TYPES + "Override")):
                if override.get("PartName", "").lstrip("/") in self.dropped:
                    types.remove(override)
        return gone

    def clear_properties(self) -> bool:
        """Empties the core and custom properties and the extended ones that name someone
        or something; True when any held text."""
        held = False
        for name, root in self.xml.items():
            if name in ("docProps/core.xml", "docProps/custom.xml"):
                held |= any((el.text or "").strip() for el in root.iter())
                root[:] = []
            elif name == "docProps/app.xml":
                for el in [el for el in root if el.tag in _APP_DROPPED]:
                    held |= any((node.text or "").strip() for node in el.iter())
                    root.remove(el)
        return held

    def write(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in self.infos:
                name = info.filename
                if name in self.dropped or info.is_dir():
                    continue
                if name in self.xml:
                    data = etree.tostring(self.xml[name], xml_declaration=True,
                                          encoding="UTF-8", standalone=True)
                else:
                    data = self._read(info)
                copy.writestr(zipfile.ZipInfo(name, date_time=info.date_time), data,
                              compress_type=zipfile.ZIP_DEFLATED)
        return out.getvalue()


def _settings(root) -> None:
    for el in [el for el in root if el.tag in _SETTINGS_DROPPED]:
        root.remove(el)
    at = 0
    for index, el in enumerate(root):
        if el.tag in _SETTINGS_BEFORE:
            at = index + 1
    for name in reversed(_SETTINGS_ADDED):
        if root.find(W + name) is None:
            root.insert(at, root.makeelement(W + name, {}))


def _resolve(rels: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(posixpath.dirname(_source_of(rels)), target))


def _source_of(rels: str) -> str:
    """The part a .rels part belongs to: word/_rels/document.xml.rels -> word/document.xml."""
    folder, name = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), name[:-len(".rels")])


def _rels_of(name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")
