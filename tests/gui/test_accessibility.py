"""Every interactive widget on every page has an accessible name (or a label buddy) and is reachable
with Tab; Tab stops only where there is something to do, and never gets stuck."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from app.core import Hearth
from ui.context import UiContext
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


# -- keyboard --------------------------------------------------------------------------------------


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order (as QWidget.focusNextPrevChild chooses them)."""
    stops: list[QWidget] = []
    w = window.nextInFocusChain()
    while w is not window and len(stops) < 5000:
        if (
            w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and w.isVisibleTo(window)
            and w.isEnabled()
            and w.window() is window
            and w.focusProxy() is None
        ):
            stops.append(w)
        w = w.nextInFocusChain()
    return stops


def _name(w: QWidget, buddied: set[int]) -> str:
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    if isinstance(w, QAbstractButton) and w.text().strip():
        return w.text().strip()
    return "(label)" if id(w) in buddied else ""


def keyboard_problems(window: QWidget, page: QWidget) -> list[str]:
    buddied = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    stops = tab_stops(window)
    problems = []
    for w in stops:
        kind = f"{type(w).__name__} {_name(w, buddied)!r}"
        if w.width() <= 0 or w.height() <= 0:
            problems.append(f"{kind}: a tab stop with no size")
        elif not isinstance(w, INTERACTIVE) and not (isinstance(w, QLabel) and _name(w, buddied)):
            problems.append(f"{kind}: an invisible tab stop (nothing to do there)")
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and not w.tabChangesFocus():
            problems.append(f"{kind}: Tab cannot leave it")
    ids = {id(w) for w in stops}
    for w in page.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if w.focusProxy() is not None or _inside_composite(w) or isinstance(w.parentWidget(), QAbstractItemView):
            continue
        if type(w).__name__ == "QScrollBar" or w.objectName().startswith("qt_"):
            continue
        if id(w) not in ids:
            problems.append(f"{type(w).__name__} {_name(w, buddied)!r}: not reachable with Tab")
    return problems


def test_every_page_is_reachable_by_keyboard_without_invisible_stops(window: MainWindow, hearth: Hearth,
                                                                      ui_ctx: UiContext) -> None:
    rosa = hearth.members.add("Rosa", "senior")
    hearth.accounts.add(rosa.id, "Gmail", domain="gmail.com", strength_score=0, breach_count=3)
    ui_ctx.refresh_members()
    ui_ctx.select_member(rosa)
    found = {}
    for area in AREAS:
        window.show_area(area.key)
        problems = keyboard_problems(window, window.page(area.key))
        if problems:
            found[area.key] = problems
    assert found == {}


def test_the_keyboard_walker_catches_a_scroll_area_stop_and_a_tab_trap(window: MainWindow) -> None:
    page = window.page("home")
    trap = QTextEdit(page)
    trap.setReadOnly(False)
    stop = QScrollArea(page)
    stop.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    unreachable = QLineEdit(page)
    unreachable.setAccessibleName("Unreachable")
    unreachable.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    for w in (trap, stop, unreachable):
        w.show()
    try:
        problems = keyboard_problems(window, page)
        assert any("Tab cannot leave it" in p for p in problems)
        assert any(p.startswith("QScrollArea") and "invisible tab stop" in p for p in problems)
        assert any("'Unreachable': not reachable" in p for p in problems)
    finally:
        for w in (trap, stop, unreachable):
            w.deleteLater()


def test_tab_on_home_follows_reading_order(window: MainWindow, hearth: Hearth, ui_ctx: UiContext) -> None:
    hearth.members.add("Rosa", "senior")
    ui_ctx.refresh_members()
    window.show_area("home")
    page = window.page("home")
    stops = tab_stops(window)
    on_page = [w for w in stops if page.isAncestorOf(w)]
    assert len(on_page) >= 4
    # the sidebar (left) first, then the page from top to bottom, left to right within a row
    assert stops.index(window.nav) < stops.index(on_page[0])
    places = [(w.mapTo(page, w.rect().topLeft()).y(), w.mapTo(page, w.rect().topLeft()).x()) for w in on_page]
    rows = [(y // 20, x) for y, x in places]  # widgets within 20 px of each other share a row
    assert rows == sorted(rows), [(w.accessibleName() or w.text(), p) for w, p in zip(on_page, places, strict=True)]
