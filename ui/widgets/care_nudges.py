"""Home: suggestions a caregiver at a distance sent ("please do this"), shown as suggestions the
person may set aside: shared, never imposed (issue 18). Empty and invisible when there are none."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.care import remote
from ui.context import UiContext

#: Home looks in the shared folder at most this often (seconds), when someone shares at a distance.
SYNC_EVERY_S = 60.0


class NudgesCard(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Any = None
        self._synced_at = 0.0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = QVBoxLayout(self.card)
        outer.addWidget(self.card)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()
        if self.task is None and time.monotonic() - self._synced_at > SYNC_EVERY_S:
            try:
                shares = bool(self.ctx.hearth.care.peers("relative"))
            except Exception:  # noqa: BLE001 - Home must open whatever happens here
                shares = False
            if shares:
                self._synced_at = time.monotonic()
                self.task = self.ctx.tasks.run(remote.sync, self.ctx.hearth, on_finished=self._done,
                                               on_failed=self._done, owner=self)

    def _done(self, _: object) -> None:
        self.task = None
        self.reload()

    def _when(self, text: str) -> str:
        import datetime as dt

        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return ""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        q = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
        return QLocale().toString(q, self.tr("d MMMM yyyy, HH:mm", "date and time of a caregiver's suggestion"))

    def reload(self) -> None:
        while self.box.count():
            widget = self.box.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        try:
            nudges = remote.nudges_for(self.ctx.hearth)
        except Exception:  # noqa: BLE001 - Home must open whatever happens here
            nudges = []
        self.card.setVisible(bool(nudges))
        for n in nudges[:3]:
            head = QLabel(self.tr("{caregiver} suggests, for {name}:").format(caregiver=n.caregiver, name=n.member))
            head.setObjectName("h2")
            text = QLabel(n.text)
            note = QLabel(self.tr("Sent {when}. It is only a suggestion: you decide.").format(when=self._when(n.at)))
            for label in (head, text, note):
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAccessibleName(label.text())
                self.box.addWidget(label)
            aside = QPushButton(self.tr("Set aside"))
            aside.setAccessibleName(self.tr("Set aside the suggestion from {caregiver}").format(caregiver=n.caregiver))
            aside.clicked.connect(lambda _=False, i=n.id: self._dismiss(i))
            self.box.addWidget(aside)

    def _dismiss(self, nudge_id: int) -> None:
        remote.dismiss_nudge(self.ctx.hearth, nudge_id)
        self.reload()
