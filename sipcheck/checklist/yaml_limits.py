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
"""

from __future__ import annotations

import yaml

from sipcheck.text import Text

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


class BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing nesting deeper than MAX_DEPTH while it composes."""

    def __init__(self, stream) -> None:
        if isinstance(stream, str) and len(stream) > MAX_BYTES:
            raise YamlLimit(1, 1, too_big(len(stream.encode("utf-8"))))
        super().__init__(stream)
        self._depth = 0

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
    loader = BoundedLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    check_expansion(root)
    return root
