"""Read a Word .docx plan into a `Document`.

Why this walks the XML itself instead of using python-docx's `Document.paragraphs` and
`.tables`: those only see paragraphs and tables that are direct children of the body or
of a cell. Many SIP templates are built from content controls (w:sdt), and everything
inside one is silently dropped (python-docx issue #155), as is text in text boxes; an
unfilled field also shows its placeholder ("Klicka eller tryck här för att ange text.")
as if it were filled in. So the file is opened with zipfile, each part is parsed once with
lxml, and `docx_xml.Walker` visits every element in document order in a single pass.

`read_docx` never raises for a bad file: a damaged, encrypted, legacy (.doc) or text-less
file comes back as a Document whose status and message say what is wrong and what to do.
"""

from __future__ import annotations

import mmap
import os
import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from sipcheck.documents.docx_hidden import hidden_blocks
from sipcheck.documents.docx_xml import BODY, R_ID, Styles, W, Walker
from sipcheck.documents.model import Block, BlockKind, Document, Location, Status, failed

# Zip-bomb guard for every part we decompress.
MAX_PART_BYTES = 50 * 1024 * 1024  # uncompressed size of one XML part
MAX_COMPRESSION_RATIO = 200  # uncompressed / compressed; real Word XML is around 5-20
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # tiny parts may compress well without harm

STYLES_CACHE_SIZE = 8  # parsed styles.xml kept for the next plans from the same template
_STYLES_CACHE: dict[tuple[int, int, int], Styles] = {}

OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_MARKERS = (b"EncryptedPackage", "EncryptedPackage".encode("utf-16-le"))
_STRICT = (  # ISO "Strict Open XML" namespaces, mapped onto the transitional ones we walk
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
)
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
FORMAT = "docx"

TOO_DEEP = (
    "Dokumentet har tabeller eller element som är nästlade för djupt för att läsas: spara "
    "planen på nytt, gärna som PDF.",
    "The document nests tables or elements too deeply to be read: save the plan again, "
    "preferably as PDF.")
DAMAGED = (
    "Filen är skadad eller inte en riktig .docx-fil: öppna den i Word och exportera/spara "
    "den på nytt som .docx.",
    "The file is damaged or not a real .docx file: open it in Word and export/save it "
    "again as .docx.")
ENCRYPTED = (
    "Filen är lösenordsskyddad: ta bort lösenordet i Word och spara på nytt.",
    "The file is password-protected: remove the password in Word and save it again.")
LEGACY_DOC = (
    "Filen heter .docx men är i det äldre Word-formatet (.doc): öppna den i Word och "
    "spara som .docx.",
    "The file is named .docx but is in the legacy Word format (.doc): open it in Word and "
    "save as .docx.")
ODT = (
    "Filen heter .docx men är ett OpenDocument-dokument (.odt): spara som .docx.",
    "The file is named .docx but is an OpenDocument text (.odt): save it as .docx.")
TOO_LARGE = (
    f"Filen läses inte av säkerhetsskäl: den packas upp till orimligt mycket text (över "
    f"{MAX_PART_BYTES // 2**20} MB eller misstänkt hård komprimering). Öppna den i Word och "
    "spara på nytt, eller kontrollera var den kommer ifrån.",
    f"The file is not read for safety reasons: it unpacks to an unreasonable amount of text "
    f"(over {MAX_PART_BYTES // 2**20} MB or suspiciously high compression). Open it in Word "
    "and save it again, or check where it came from.")
NO_TEXT = (
    "Dokumentet innehåller ingen text, kanske bara inklistrade bilder eller en skanning: "
    "be om planen som ett vanligt Word-dokument eller kör textigenkänning (OCR) först.",
    "The document contains no text, perhaps only pasted images or a scan: ask for the plan "
    "as an ordinary Word document or run text recognition (OCR) first.")


class _Refused(Exception):
    def __init__(self, messages: tuple[str, str], status: Status = Status.UNREADABLE):
        super().__init__(messages[1])
        self.messages, self.status = messages, status


def read_docx(path: Path) -> Document:
    """Read a .docx file. Never raises for a bad file; see the module docstring."""
    try:
        return _read(Path(path))
    except _Refused as refused:
        return failed(path, FORMAT, *refused.messages, status=refused.status)
    except Exception as exc:  # never let one odd file stop a whole review
        if os.environ.get("SIPCHECK_DEBUG"):
            raise  # a developer looking for a reader bug wants the traceback
        if isinstance(exc, RecursionError):
            return failed(path, FORMAT, *TOO_DEEP)
        # The exception's name, never its message: that can quote the file's bytes.
        return failed(
            path, FORMAT, f"{DAMAGED[0]} (Tekniskt fel: {type(exc).__name__}.)",
            f"{DAMAGED[1]} (Technical error: {type(exc).__name__}.)")


def _read(path: Path) -> Document:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE2_MAGIC:  # a compound file: an encrypted .docx, or a .doc renamed
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            if any(mm.find(marker) != -1 for marker in _ENCRYPTED_MARKERS):
                raise _Refused(ENCRYPTED)
        raise _Refused(LEGACY_DOC, Status.UNSUPPORTED)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise _Refused(DAMAGED) from exc
    with zf:
        return _read_package(path, _Package(zf))


def _read_package(path: Path, package: _Package) -> Document:
    if package.mimetype().startswith(b"application/vnd.oasis.opendocument"):
        raise _Refused(ODT, Status.UNSUPPORTED)
    main = package.rels("_rels/.rels")[1].get("officeDocument", "word/document.xml")
    root = package.xml(main)
    body = root.find(BODY) if root is not None else None
    if body is None:
        raise _Refused(DAMAGED)
    targets, by_type = package.rels(_rels_of(main))
    walker = Walker(package.styles(by_type.get("styles", "word/styles.xml")))
    blocks: list[Block] = []
    walker.blocks(body, None, False, False, blocks)
    if not any(block.text for block in blocks):
        status, (message, message_en) = Status.NO_TEXT, NO_TEXT
    else:
        status, message, message_en = Status.OK, None, None
    headers, footers, lines = _headers_footers(package, targets, walker)
    for start, heading in reversed(_parts_named_by_headers(targets, walker, lines)):
        blocks.insert(start, heading)
    notes = _notes(package, by_type, walker)
    return Document(str(path), FORMAT, status, headers + blocks + notes + footers,
                    message=message, message_en=message_en,
                    hidden=hidden_blocks(package, root, by_type, _Refused))


def _notes(package: _Package, by_type: dict[str, str], walker: Walker) -> list[Block]:
    """Footnotes and endnotes: a plan may put what it says there ("Samtycke inhämtat
    muntligt 2025-01-14" as a footnote). Word's separator notes are no text."""
    blocks: list[Block] = []
    for kind, part in (("footnotes", "footnote"), ("endnotes", "endnote")):
        name = by_type.get(kind)
        root = package.xml(name) if name else None
        if root is None:
            continue
        for note in root.iterchildren(W + kind[:-1]):
            if note.get(W + "type") in ("separator", "continuationSeparator",
                                        "continuationNotice"):
                continue
            walker.blocks(note, part, False, False, blocks)
    return blocks


SECTION_HEADER_WORDS = 8  # a page header this short can name the part below it


def _parts_named_by_headers(targets: dict[str, str], walker: Walker,
                            lines: dict[str, list[str]]) -> list[tuple[int, Block]]:
    """(where in the body, heading) for each section whose page header names its part:
    a plan that starts every part on a section of its own, its name only in the section's
    header ("Del 3 – Insatser" under the plan's title, which every header repeats), the
    body without headings. The part's name is the one short line of a header that the
    other sections' headers do not have; two sections or more must have one. `lines`:
    each header part's lines, as `_headers_footers` read them."""
    headers: list[list[str]] = []
    current: list[str] = []
    for section in walker.sections[:len(walker.section_ends)]:
        ref = next((r for r in section if r.tag == W + "headerReference"
                    and r.get(W + "type", "default") == "default"), None)
        name = targets.get(ref.get(R_ID, "")) if ref is not None else None
        if name in lines:  # else the section goes on with the header before it
            current = lines[name]
        headers.append(current)
    shared = set.intersection(*map(set, headers)) if headers else set()
    names: list[str | None] = []
    for header in headers:
        own = [line for line in header if line not in shared]
        names.append(own[0] if len(own) == 1 and
                     len(own[0].split()) <= SECTION_HEADER_WORDS else None)
    if len({name for name in names if name}) < 2:
        return []
    named, start, previous = [], 0, None
    for end, name in zip(walker.section_ends, names, strict=False):
        if name and name != previous:
            named.append((start, Block(BlockKind.HEADING, name,
                                       Location(part="section_header"), level=1)))
        start, previous = end, name
    return named


def _headers_footers(package: _Package, targets: dict[str, str], walker: Walker):
    """Header and footer blocks of every section, each distinct text once, and the lines of
    each part read (by its name in the package), repeated texts too."""
    out: dict[str, list[Block]] = {"header": [], "footer": []}
    lines: dict[str, list[str]] = {}
    seen_parts: set[str] = set()
    seen_texts: set[tuple[str, str]] = set()
    for section in walker.sections:
        for ref in section:
            part = {W + "headerReference": "header", W + "footerReference": "footer"}.get(
                ref.tag)
            name = targets.get(ref.get(R_ID, ""))
            if part is None or name is None or name in seen_parts:
                continue
            seen_parts.add(name)
            root = package.xml(name)
            if root is None:
                continue
            saved = {key: list(value) for key, value in walker.counters.items()}
            blocks: list[Block] = []
            walker.blocks(root, part, False, False, blocks)
            text = "\n".join(block.text for block in blocks)
            lines[name] = [line.strip() for line in text.split("\n") if line.strip()]
            if not text or (part, text) in seen_texts:
                walker.counters = saved  # keep numbering gap-free
                continue
            seen_texts.add((part, text))
            out[part].extend(blocks)
    return out["header"], out["footer"], lines


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


class _Package:
    """The zip container: size-guarded reads, safe XML parsing, relationship lookup."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.names = {info.filename.lower(): info for info in zf.infolist()}
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                      remove_comments=True, remove_pis=True, huge_tree=False)

    def mimetype(self) -> bytes:
        """The OpenDocument marker file, if any (an .odt renamed to .docx)."""
        info = self.names.get("mimetype")
        return self.zf.read(info).strip() if info is not None and info.file_size < 100 else b""

    def data(self, name: str) -> bytes | None:
        info = self.names.get(name.lstrip("/").lower())
        if info is None:
            return None
        size = info.file_size
        if size > MAX_PART_BYTES or (
                size > RATIO_CHECK_MIN_BYTES
                and size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
            raise _Refused(TOO_LARGE)
        with self.zf.open(info) as fh:
            data = fh.read(MAX_PART_BYTES + 1)  # the header's sizes may lie
        if len(data) > MAX_PART_BYTES:
            raise _Refused(TOO_LARGE)
        return data

    def styles(self, name: str) -> Styles:
        """Parsed styles, shared between files whose styles part is byte-identical (plans
        from one template): the zip's CRC and sizes identify it without unpacking it."""
        info = self.names.get(name.lstrip("/").lower())
        if info is None:
            return Styles(None)
        key = (info.CRC, info.file_size, info.compress_size)
        styles = _STYLES_CACHE.pop(key, None)
        if styles is None:
            styles = Styles(self.xml(name))
        _STYLES_CACHE[key] = styles  # most recently used last
        while len(_STYLES_CACHE) > STYLES_CACHE_SIZE:
            del _STYLES_CACHE[next(iter(_STYLES_CACHE))]
        return styles

    def xml(self, name: str):
        data = self.data(name)
        if data is None:
            return None
        if b"purl.oclc.org/ooxml" in data:
            for strict, transitional in _STRICT:
                data = data.replace(strict, transitional)
        try:
            return etree.fromstring(data, self.parser)
        except etree.XMLSyntaxError as exc:
            raise _Refused(TOO_DEEP if "depth" in str(exc).lower() else DAMAGED) from exc

    def rels(self, rels_name: str) -> tuple[dict[str, str], dict[str, str]]:
        """Internal targets of one .rels part: by relationship id, and by type's last word."""
        by_id: dict[str, str] = {}
        by_type: dict[str, str] = {}
        root = self.xml(rels_name)
        if root is None:
            return by_id, by_type
        folder = posixpath.dirname(posixpath.dirname(rels_name))
        for rel in root.iter(_RELS):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            name = target[1:] if target.startswith("/") else posixpath.join(folder, target)
            by_id[rel.get("Id", "")] = name = posixpath.normpath(name)
            by_type.setdefault(rel.get("Type", "").rsplit("/", 1)[-1], name)
        return by_id, by_type
