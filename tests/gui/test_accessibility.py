"""Every interactive widget on every page has an accessible name (or a label buddy)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.main_window import MainWindow
from ui.pages import AREAS

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QAbstractSlider, QAbstractSpinBox)


def _inside_composite(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root: QWidget) -> list[str]:
    buddied = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or w.focusPolicy().value == 0:
            continue
        if type(w).__name__ in ("QScrollBar",) or w.objectName().startswith("qt_"):
            continue
        if _inside_composite(w):
            continue  # internal children of composite widgets (a combo box's popup list, ...)
        if isinstance(w, QAbstractButton) and w.text().strip():
            continue  # a button's own text is its accessible name
        if not w.accessibleName().strip() and id(w) not in buddied:
            problems.append(f"{type(w).__name__} {w.objectName()!r} in {type(root).__name__}")
    return problems


def test_every_page_names_its_controls(window: MainWindow) -> None:
    problems = _unnamed(window)
    for area in AREAS:
        window.show_area(area.key)
        problems += _unnamed(window.page(area.key))
    assert problems == []


def test_the_walker_catches_an_unnamed_field(window: MainWindow) -> None:
    page = window.page("home")
    stray = QLineEdit(page)
    try:
        assert any("QLineEdit" in p for p in _unnamed(page))
    finally:
        stray.deleteLater()
