"""Imports go down only: ui → desktop → db; desktop never imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER = "desktop.province"
# Each layer, by folder, and the module prefixes it must not import.
FORBIDDEN = {
    "db": ("desktop", "ui", "PySide6"),
    "desktop": ("ui", "PySide6", SERVER),
    "ui": (SERVER,),
    # The reference provincial server is a program of its own inside the package: the desk
    # never imports it, and it never imports the window.
    "desktop/province": ("ui", "PySide6"),
}
# The composition root may start the GUI lazily; one command of the front end runs the
# reference server (imported when that command runs).
ALLOWED = {("desktop/cli/main.py", "ui"), ("desktop/cli/province_server_cmd.py", SERVER)}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def forbidden_prefix(module: str, prefixes: tuple[str, ...]) -> str | None:
    return next((p for p in prefixes if module == p or module.startswith(p + ".")), None)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_go_down_only(package: str) -> None:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if package == "desktop" and rel.startswith("desktop/province/"):
            continue  # the server is judged by its own entry
        for module in imported_modules(path):
            prefix = forbidden_prefix(module, FORBIDDEN[package])
            if prefix and (rel, prefix) not in ALLOWED:
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


# --- The command line is a front end over Desk (ARCHITECTURE.md) ------------------------------
CLI = ROOT / "desktop" / "cli"
# A command never opens a session, checks a role, converts ORM objects or writes an audit line:
# these modules and names are the service API's business, not the front end's.
CLI_FORBIDDEN_MODULES = (
    "sqlalchemy",
    "db",
    "desktop.audit",
    "desktop.accounts.store",
    "desktop.dossiers.context",
    "desktop.dossiers.lifecycle",
    "desktop.dossiers.intake",
)
CLI_FORBIDDEN_NAMES = {
    "require",
    "allows",
    "desk_context",
    "detail_of",
    "summary_of",
    "sign_in",
    "list_dossiers",
    "load_dossier",
}
CLI_FORBIDDEN_METHODS = {"session", "read_session", "begin", "reading", "writing", "append"}


def _cli_breaches(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for module in modules:
                if any(module == m or module.startswith(m + ".") for m in CLI_FORBIDDEN_MODULES):
                    found.append(f"{rel}:{node.lineno} imports {module}")
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in CLI_FORBIDDEN_NAMES:
                        found.append(f"{rel}:{node.lineno} imports {alias.name}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in CLI_FORBIDDEN_NAMES:
                found.append(f"{rel}:{node.lineno} calls {func.id}")
            if isinstance(func, ast.Attribute) and func.attr in CLI_FORBIDDEN_METHODS:
                found.append(f"{rel}:{node.lineno} calls .{func.attr}()")
    return found


@pytest.mark.parametrize("module", sorted(p.name for p in CLI.glob("*.py")))
def test_the_command_line_goes_through_desk(module: str) -> None:
    assert _cli_breaches(CLI / module) == []


@pytest.mark.parametrize("package", ["desktop", "ui", "db"])
def test_nothing_below_imports_the_command_line(package: str) -> None:
    # The reference server is a front end too: it borrows the Vietnamese argument parser.
    server = ROOT / "desktop" / "province"
    bad = [
        f"{path.relative_to(ROOT).as_posix()} imports {module}"
        for path in sorted((ROOT / package).rglob("*.py"))
        if CLI not in path.parents and server not in path.parents
        for module in imported_modules(path)
        if module == "desktop.cli" or module.startswith("desktop.cli.")
    ]
    assert bad == []


def test_desk_runs_no_query_of_its_own() -> None:
    """`Desk` calls the capabilities; the queries live with them (catalogue, dossiers …)."""
    desk = ROOT / "desktop" / "desk.py"
    assert "sqlalchemy" not in imported_modules(desk)  # `sqlalchemy.orm` for the Session type
    tree = ast.parse(desk.read_text(encoding="utf-8"))
    queries = [
        f"desktop/desk.py:{node.lineno} calls {node.func.id}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"select", "text", "insert", "update", "delete"}
    ]
    assert queries == []
