"""Imports go down only: ui → desktop → db; desktop never imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "db": ("desktop", "ui", "PySide6"),
    "desktop": ("ui", "PySide6"),
}
# The composition root may start the GUI lazily.
ALLOWED = {("desktop/cli.py", "ui")}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_go_down_only(package: str) -> None:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in FORBIDDEN[package] and (rel, top) not in ALLOWED:
                bad.append(f"{rel} imports {module}")
    assert bad == []


@pytest.mark.parametrize("package", ["desktop", "ui", "db"])
def test_no_empty_package(package: str) -> None:
    """A package holds modules: an ``__init__.py`` alone names a layer that is not there."""
    empty = [
        init.parent.relative_to(ROOT).as_posix()
        for init in sorted((ROOT / package).rglob("__init__.py"))
        if [p.name for p in init.parent.iterdir() if p.name != "__pycache__"] == ["__init__.py"]
    ]
    assert empty == []
