"""Checkup reminders while the window is open: a tray icon and a notification when someone is due.

Wire it in the composition root (``ui/application.py``) after the window is built::

    from ui.reminders import ReminderTray
    window.reminders = ReminderTray(window.ctx, window)  # keeps a reference

It checks at start (after a short delay) and then every few hours; it notifies once per member
per day at most. Where the desktop has no system tray, nothing is shown (the Reports page and
``hearth checkup due`` still say who is due). Clicking the notification or the icon opens the
window on the Checkup page.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from app import checkup as C
from app.resources import resource_path
from ui.context import UiContext

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 3 * 60 * 60 * 1000
FIRST_CHECK_MS = 20 * 1000


def due_message(due: list[C.DueMember]) -> str:
    """The notification text ("" when no one is due)."""
    if not due:
        return ""
    names = [d.name for d in due]
    if len(names) == 1:
        return QCoreApplication.translate(
            "ReminderTray", "{name} is due for a security checkup. It takes about 15 minutes."
        ).format(name=names[0])
    return QCoreApplication.translate("ReminderTray", "{names} and {last} are due for a security checkup.").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


class ReminderTray(QObject):
    """A tray icon that reminds the household about due checkups."""

    def __init__(self, ctx: UiContext, window: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._told: dict[int, dt.date] = {}
        self.last_message = ""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip("Hearth")
            menu = QMenu(window)
            menu.addAction(self.tr("Open Hearth"), self.open_window)
            menu.addAction(self.tr("Start a checkup"), lambda: self.open_window("checkup"))
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: self.open_window())
            self.tray.messageClicked.connect(lambda: self.open_window("checkup"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if start:
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self.check)

    @staticmethod
    def _icon() -> QIcon:
        for name in ("hearth.svg", "app.svg", "icon.svg"):
            path = resource_path("icons", name)
            if path.exists():
                return QIcon(str(path))
        app = QApplication.instance()
        return app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)  # type: ignore[union-attr]

    def check(self, now: dt.datetime | None = None) -> str:
        """Notify about members who are due and were not told today; returns the message shown."""
        now = now or C.utc_now()
        try:
            due = C.due_members(self.ctx.hearth, now)
        except Exception:  # noqa: BLE001 - a reminder must never break the window
            log.exception("could not work out who is due for a checkup")
            return ""
        fresh = [d for d in due if self._told.get(d.member_id) != now.date()]
        message = due_message(fresh)
        if not message:
            return ""
        for d in fresh:
            self._told[d.member_id] = now.date()
        self.last_message = message
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage("Hearth", message, QSystemTrayIcon.MessageIcon.Information, 15000)
        return message

    def open_window(self, area: str = "") -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        if area:
            self.ctx.navigate.emit(area)
