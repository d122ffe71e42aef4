"""Keyboard first: Enter (and the keypad's Enter) presses the button that has the keyboard focus.

Qt presses a focused push button with Space only; Enter reaches a button only inside a dialog,
and there it presses the dialog's default button, not always the focused one. People expect
Enter to press what is highlighted. ``EnterPresses`` (installed once on the application by the
main window) turns Enter on a focused push button or tool button into a click. Check boxes and
radio buttons keep Qt's behaviour (Space ticks them), so Enter in a form never flips a choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QScrollArea, QTextEdit, QToolButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPresses(QObject):
    """Enter on a focused, enabled push button or tool button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, (QPushButton, QToolButton))
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and watched.isEnabled()
            and not event.isAutoRepeat()
        ):
            watched.click()
            return True
        return False


def install(app: QCoreApplication | None = None) -> None:
    """Install the filter on the application, once."""
    app = app or QCoreApplication.instance()
    if app is None or getattr(app, "_hearth_enter_presses", None) is not None:
        return
    presses = EnterPresses(app)
    app.installEventFilter(presses)
    app._hearth_enter_presses = presses  # noqa: SLF001 - kept alive with the application


def tidy_tab_stops(root: QWidget) -> None:
    """No invisible tab stops and no Tab traps under ``root``.

    - A scroll area is not a stop of its own (Tab went to an empty frame around the page); it still
      scrolls to whatever gets the focus inside it.
    - Read-only text (guides, steps, look-up results) passes Tab on instead of keeping it.
    """
    for area in root.findChildren(QScrollArea) + ([root] if isinstance(root, QScrollArea) else []):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for text in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
        if text.isReadOnly():
            text.setTabChangesFocus(True)
