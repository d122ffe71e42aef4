"""Imports point one way: ui -> app -> checks. Parsed from the source, so it cannot be fooled by lazy imports."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> list[tuple[Path, str]]:
    found = []
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def _violations(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {name}"
        for path, name in _imports(package)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_checks_is_pure() -> None:
    bad = _violations("checks", ("PySide6", "shiboken6", "app", "ui", "requests", "keyring", "sqlite_utils", "sqlite3"))
    assert bad == []


def test_app_never_imports_ui_or_widgets() -> None:
    assert _violations("app", ("ui", "PySide6.QtWidgets", "PySide6.QtGui")) == []


def test_the_scanner_sees_imports() -> None:
    # Guard against a scanner that silently finds nothing.
    assert any(name == "checks.base" for _, name in _imports("app"))
    assert any(name.startswith("PySide6") for _, name in _imports("ui"))
