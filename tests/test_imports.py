"""sipcheck's modules import one way. The layers are import-linter contracts in
pyproject.toml (`make lint` checks them); here, that no two modules import each other, not
even through others and not even inside a function, where an import hides best."""

from __future__ import annotations

import grimp


def test_no_import_cycles_between_sipcheck_modules():
    graph = grimp.build_graph("sipcheck", cache_dir=None)
    cycles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                cycles.append(" -> ".join((importer, *back)))
    assert not cycles, "\n".join(cycles)


def test_the_check_sees_imports_inside_functions():
    """The command modules import the library only inside their functions (so that
    `sipcheck --help` stays fast); the graph above must see those imports."""
    graph = grimp.build_graph("sipcheck", cache_dir=None)
    assert "sipcheck.review" in graph.find_modules_directly_imported_by("sipcheck.cli.review")
