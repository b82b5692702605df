"""The bundled checklists are read by libyaml (fast), users' files by PyYAML's Python loader:
libyaml gives the same data and the same line and column for every key and value of every
YAML file of the project, and for a broken file the same message; a user's file that only
libyaml would accept is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sipcheck.checklist.loader import validate_text
from sipcheck.checklist.yaml_limits import (
    SHIPPED,
    BoundedLoader,
    LibyamlLoader,
    YamlLimit,
    read_yaml,
)

pytestmark = pytest.mark.skipif(LibyamlLoader is None, reason="PyYAML without libyaml")

ROOT = Path(__file__).resolve().parents[2]
YAML_FILES = sorted(p for p in ROOT.glob("**/*.yaml")
                    if ".venv" not in p.parts and ".git" not in p.parts)


def _marks(node, path=()):
    """Every node's kind, value (scalars) and start and end position, in document order."""
    if node is None:
        return []
    here = [(path, type(node).__name__, node.tag, node.start_mark.line, node.start_mark.column,
             node.end_mark.line, node.end_mark.column)]
    if isinstance(node, yaml.ScalarNode):
        return [(*here[0], node.value, node.style)]
    here = [(*here[0], node.flow_style)]
    if isinstance(node, yaml.SequenceNode):
        return here + [m for i, child in enumerate(node.value) for m in _marks(child, (*path, i))]
    return here + [m for i, (key, value) in enumerate(node.value)
                   for m in _marks(key, (*path, i, "k")) + _marks(value, (*path, i, "v"))]


def _read(text, loaders):
    return read_yaml(text, lambda loader, root: (
        loader.construct_document(root) if root is not None else None, _marks(root)),
        loaders=loaders)


def test_every_yaml_file_of_the_project_is_there():
    names = {p.name for p in YAML_FILES}
    assert {"kvalitetskollen.yaml", "lagkrav.yaml", "sip-barn.yaml", "expected.yaml"} <= names
    assert len(YAML_FILES) > 40  # the checklists, the corpora's labels, the examples


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_libyaml_reads_every_file_as_python_does(path):
    text = path.read_text(encoding="utf-8")
    fast = _read(text, (LibyamlLoader,))
    assert fast == _read(text, (BoundedLoader,))
    assert fast[1]  # really read: nodes with their positions


BROKEN = [
    "id: x\ntitle: 'ej stängt\ncriteria: []\n",           # an unclosed quote
    "id: x\n\ttitle: tabb\n",                              # a tab as indentation
    "id: x\ntitle: a: b: c\n",                             # a colon inside a plain value
    "id: x\ncriteria:\n  - id: a\n   title: b\n",          # indentation off by one
    "id: x\ntitle: [a, b\n",                               # an unclosed list
    "id: x\ntitle: \x07\n",                                # a control character
    "id: x\n---\nid: y\n",                                 # two documents
    "id: *nope\n",                                         # an undefined alias
]


@pytest.mark.parametrize("text", BROKEN)
def test_a_broken_file_gets_python_pyyamls_message(text):
    def error(loaders):
        with pytest.raises((yaml.YAMLError, YamlLimit)) as caught:
            _read(text, loaders)
        return type(caught.value), str(caught.value)

    assert error((LibyamlLoader, BoundedLoader)) == error((BoundedLoader,))
    assert validate_text(text, "c.yaml")[1]  # and the checklist gets a problem for it


def test_libyaml_keeps_the_depth_limit():
    deep = "criteria: " + "[" * 100 + "]" * 100 + "\n"
    with pytest.raises(YamlLimit, match="nested more than"):
        _read(deep, (LibyamlLoader,))


def test_a_users_file_is_refused_where_only_libyaml_would_read_it():
    text = "id: x\ntitle: X\nfield_labels: [Syfte, Vad är syftet?]\ncriteria: []\n"
    assert _read(text, SHIPPED)[0]["field_labels"] == ["Syfte", "Vad är syftet?"]
    with pytest.raises(yaml.YAMLError):
        _read(text, (BoundedLoader,))
    problems = validate_text(text, "c.yaml")[1]
    assert [p.line for p in problems] == [3]
