"""What an installed sipcheck holds: every package of the source tree, listed by name in
pyproject.toml (an editable install finds a package that a wheel would leave out)."""

from __future__ import annotations

import tomllib

from conftest import REPO


def test_every_package_is_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(REPO).parts)
             for init in (REPO / "sipcheck").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
