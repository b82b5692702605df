"""YAML that cannot exhaust memory or the stack: a size limit, a depth limit and a bound on
what anchors and aliases expand to.

PyYAML shares the node an alias points to, so nine lines of `&a [*a, *a, …]` compose to
a few hundred nodes, but everything that walks the data afterwards (the schema, the
positions of each value, the checklist's sha256) sees 9⁹ values and grows past any
memory. A thousand nested `[` overflow the composer's recursion. So every YAML text
sipcheck reads (checklists and the experts' import files) is composed by `BoundedLoader`,
which stops at MAX_DEPTH, and `check_expansion` counts what the node tree would be with
every alias written out before anything walks it. Both raise `YamlLimit`, with the line
and column to point at.

The bundled checklists are read with libyaml where PyYAML was built with it (its wheels
are): libyaml scans and parses them ten times faster than PyYAML's Python (0.1 s of every
cold review was the bundled checklist's YAML), and PyYAML's own composer on top of it
keeps the depth limit. A test reads every YAML file of the project both ways and finds the
same data and positions. Users' files are read by PyYAML's Python alone: libyaml accepts a
few things PyYAML refuses (`[Syfte, Vad är syftet?]`), and a checklist must not be valid on
one machine and wrong on another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from sipcheck.text import Text

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: its Python loader alone
    CParser = None

T = TypeVar("T")

MAX_BYTES = 2_000_000  # the bundled checklists are under 100 kB
MAX_DEPTH = 60  # a checklist nests about ten levels deep
MAX_NODES = 200_000  # values after writing out every alias; the bundled ones have ~5,000


def _sv(number: int) -> str:
    return f"{number:,}".replace(",", "\u00a0")


class YamlLimit(Exception):
    """A YAML text over a limit: where (1-based line and column) and why."""

    def __init__(self, line: int, column: int, message: Text) -> None:
        super().__init__(message.en)
        self.line, self.column, self.message = line, column, message


def too_big(size: int) -> Text:
    """Why a YAML file of `size` bytes is not read."""
    return Text(f"filen är {_sv(size)} byte; sipcheck läser YAML-filer på högst {_sv(MAX_BYTES)} "
                "byte (en checklista är några tiotal kB). Kontrollera att det är rätt fil.",
                f"the file is {size:,} bytes; sipcheck reads YAML files of at most "
                f"{MAX_BYTES:,} bytes (a checklist is a few tens of kB). Check that it is the "
                "right file.")


def _check_size(stream) -> None:
    if isinstance(stream, str) and len(stream) > MAX_BYTES:
        raise YamlLimit(1, 1, too_big(len(stream.encode("utf-8"))))


class _DepthLimited:
    """PyYAML's composer, refusing nesting deeper than MAX_DEPTH while it composes."""

    _depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise YamlLimit(mark.line + 1, mark.column + 1, Text(
                    f"värdena är nästlade mer än {MAX_DEPTH} nivåer djupt; en checklista eller "
                    "importfil behöver bara några få nivåer.",
                    f"the values are nested more than {MAX_DEPTH} levels deep; a checklist or "
                    "import file needs only a few levels."))
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class BoundedLoader(_DepthLimited, yaml.SafeLoader):
    """PyYAML's safe loader in Python, within the size and depth limits."""

    def __init__(self, stream) -> None:
        _check_size(stream)
        super().__init__(stream)


if CParser is not None:
    class LibyamlLoader(_DepthLimited, CParser, Composer, SafeConstructor, Resolver):
        """libyaml's scanner and parser (C) with PyYAML's composer, constructor and
        resolver (Python), within the size and depth limits: the same nodes, marks and data
        as BoundedLoader, in a tenth of the time."""

        def __init__(self, stream) -> None:
            _check_size(stream)
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

        # CParser composes in C, where no depth is counted: PyYAML's composer instead
        get_single_node = Composer.get_single_node
        check_node = Composer.check_node
        get_node = Composer.get_node

        def compose_scalar_node(self, anchor):
            node = Composer.compose_scalar_node(self, anchor)
            node.style = node.style or None  # libyaml's plain style is "", PyYAML's None
            return node
else:
    LibyamlLoader = None

PYTHON = (BoundedLoader,)
# for the files sipcheck ships: libyaml first, and for an error PyYAML's Python words
SHIPPED = tuple(loader for loader in (LibyamlLoader, BoundedLoader) if loader is not None)


def read_yaml(text: str, read: Callable[[yaml.SafeLoader, yaml.Node | None], T],
              loaders: tuple = PYTHON) -> T:
    """`read(loader, root)` of one YAML document composed within every limit (YamlLimit,
    yaml.YAMLError). The first of `loaders` that reads the text without an error answers;
    an error is always the last one's."""
    for loader_class in loaders[:-1]:
        try:
            return _read_with(loader_class, text, read)
        except (yaml.YAMLError, YamlLimit):
            continue  # read again below, for PyYAML's own message and position
    return _read_with(loaders[-1], text, read)


def _read_with(loader_class, text: str, read):
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        check_expansion(root)
        return read(loader, root)
    finally:
        loader.dispose()


def check_expansion(root: yaml.Node | None) -> None:
    """Raises YamlLimit when the document, with every alias written out, would hold more
    than MAX_NODES values, or when an anchor contains itself. Each distinct node is
    counted once (its expanded size is remembered), so this costs no more than the text."""
    if root is None:
        return
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise YamlLimit(node.start_mark.line + 1, node.start_mark.column + 1, Text(
                "ett ankare (&namn) innehåller sig självt via ett alias (*namn); skriv ut "
                "värdena i stället.",
                "an anchor (&name) contains itself through an alias (*name); write the values "
                "out instead."))
        open_nodes.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > MAX_NODES:
                break
        open_nodes.discard(key)
        sizes[key] = total
        if total > MAX_NODES:
            raise YamlLimit(node.start_mark.line + 1, node.start_mark.column + 1, Text(
                f"ankare och alias (&namn, *namn) här blir tillsammans över {_sv(MAX_NODES)} "
                "värden när de skrivs ut; skriv ut listorna i stället.",
                f"the anchors and aliases (&name, *name) here add up to more than "
                f"{MAX_NODES:,} values when written out; write the lists out instead."))
        return total

    size(root)


def compose(text: str) -> yaml.Node | None:
    """The node tree of one YAML document, within every limit (YamlLimit, yaml.YAMLError)."""
    return read_yaml(text, lambda loader, root: root)
