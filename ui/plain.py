"""Text from people, files and services is shown as plain text, never as Qt markup (issue 15 §4).

QLabel and QMessageBox guess: text that *looks* like HTML (``<b>``, ``<img …>``, ``<!--``) is
rendered as rich text. A member named ``<img src=x><font size=7>SPOOF</font>`` would then show a
picture and giant letters, and a name ending in ``<!--`` would hide the rest of a warning.

``PlainTextGuard`` (installed once on the application by the main window) turns every label and
message box that has not chosen a format into plain text just before Qt first lays it out. A label
that really needs markup sets ``Qt.TextFormat.RichText`` itself and escapes the data with
``escape``. Tooltips are always guessed, so data in a tooltip goes through ``plain_tooltip``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def escape(text: object) -> str:
    """``text`` made safe to put inside rich text (``<`` ``>`` ``&`` and quotes escaped)."""
    return html.escape(str(text), quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt would otherwise render markup in it)."""
    if not text:
        return ""
    return '<p style="white-space:pre-wrap">' + escape(text).replace("\n", "<br>") + "</p>"


def make_plain(widget: QLabel | QMessageBox) -> QLabel | QMessageBox:
    """Show ``widget``'s text as plain text (returns it, to chain)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


class PlainTextGuard(QObject):
    """On Polish, a QLabel or QMessageBox left at AutoText becomes PlainText."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Polish and isinstance(watched, (QLabel, QMessageBox))
                and watched.textFormat() == Qt.TextFormat.AutoText):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def install(app: QCoreApplication | None = None) -> None:
    """Install the guard on the application, once."""
    app = app or QCoreApplication.instance()
    if app is None or getattr(app, "_hearth_plain_guard", None) is not None:
        return
    guard = PlainTextGuard(app)
    app.installEventFilter(guard)
    app._hearth_plain_guard = guard  # noqa: SLF001 - kept alive with the application
