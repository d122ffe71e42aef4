"""Verdicts that read at a glance: an icon, words and a colour together (never colour alone).

``VerdictBanner`` is the big answer at the top of a result ("✖ Likely scam"): a tinted box with a
thick coloured edge, a large icon and large words that wrap. ``SeverityBadge`` is the small
version for one problem ("⚠ High"). The colours come from the theme's style sheet
(resources/styles/base.qss, ``[level="..."]``); the words and the icon carry the meaning alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from checks.base import Severity

# The levels, worst first, and their icons.
ICONS = {"danger": "✖", "warning": "⚠", "ok": "✔", "info": "ℹ"}

# A finding's severity as a level.
SEVERITY_LEVELS = {
    Severity.CRITICAL: "danger",
    Severity.HIGH: "danger",
    Severity.MEDIUM: "warning",
    Severity.LOW: "info",
    Severity.INFO: "info",
}
SEVERITY_ICONS = {
    Severity.CRITICAL: "✖",
    Severity.HIGH: "✖",
    Severity.MEDIUM: "⚠",
    Severity.LOW: "ℹ",
    Severity.INFO: "ℹ",
}


def _restyle(widget: QWidget) -> None:
    """A dynamic property changed: let the style sheet pick the new colours."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)


class VerdictBanner(QFrame):
    """The answer of a check, as icon + words + colour, with an optional line under it.

    ``set_verdict(level, words, detail)``: level is "danger", "warning", "ok" or "info".
    The accessible name is the words (and the detail), so a screen reader says the verdict.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(12)
        self.icon_label = QLabel()
        self.icon_label.setObjectName("verdictIcon")
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.icon_label.setAccessibleName("")  # the words say it; the icon repeats it
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.words_label = QLabel()
        self.words_label.setObjectName("verdictWords")
        self.words_label.setWordWrap(True)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.words_label)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("verdictDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.hide()
        column.addWidget(self.detail_label)
        row.addLayout(column, 1)
        self.level = ""
        self.set_verdict("info", "")

    def set_verdict(self, level: str, words: str, detail: str = "") -> None:
        self.level = level if level in ICONS else "info"
        self.setProperty("level", self.level)
        self.icon_label.setText(ICONS[self.level])
        self.words_label.setText(words)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(words + (". " + detail if detail else ""))
        self.words_label.setAccessibleName(words)
        _restyle(self)

    def text(self) -> str:
        """Icon and words as one line, as a person reads them."""
        return f"{self.icon_label.text()}  {self.words_label.text()}"


class SeverityBadge(QLabel):
    """How much one problem matters: an icon and a word on a tint ("⚠ Medium")."""

    def __init__(self, severity: Severity, words: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{SEVERITY_ICONS[severity]} {words}", parent)
        self.setObjectName("severity")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("level", SEVERITY_LEVELS[severity])
        self.setAccessibleName(words)
