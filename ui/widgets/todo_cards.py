"""The checkup's to-do list as cards: one card per item, the severity as a badge (icon + word).

The first ``this_week`` items go under "{n} things to do this week" (the heading counts the cards
under it); the rest go under "Later". Each card has the item's title, how long it takes, and three
buttons: "How to fix it" (unfolds why it matters and the steps), "Mark fixed" and "Dismiss…".
The widget renders only; the page decides what the buttons do (``fix_clicked``/``dismiss_clicked``).

No list view inside the page's scroll area: the cards grow with their text, so nothing scrolls
inside something that scrolls, and nothing is cut at large text sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checks.base import Severity
from ui.widgets.verdict import SEVERITY_ICONS, SeverityBadge

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text"): the checkup page's context


@dataclass(frozen=True)
class TodoEntry:
    """One item as the page hands it over: words already in the reader's language."""

    finding_id: int
    severity: Severity
    severity_words: str
    title: str
    minutes: int
    details: str  # why it matters and the steps, ready to show


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


class TodoCard(QFrame):
    """One to-do item."""

    def __init__(self, number: int, entry: TodoEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.entry = entry
        self.finding_id = entry.finding_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.badge = SeverityBadge(entry.severity, entry.severity_words)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.title_label = _label(f"{number}. {entry.title}")
        self.title_label.setObjectName("cardTitle")
        head.addWidget(self.title_label, 1)
        layout.addLayout(head)
        self.meta_label = _label(translate("CheckupPage", "About %n minute(s)", "", entry.minutes))
        self.meta_label.setObjectName("muted")
        layout.addWidget(self.meta_label)
        self.detail = _label(entry.details)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(False)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.how_button = QPushButton(translate("CheckupPage", "How to &fix it"))
        self.how_button.setCheckable(True)
        self.how_button.setAccessibleName(translate("CheckupPage", "How to fix: {title}").format(title=entry.title))
        self.how_button.toggled.connect(self.detail.setVisible)
        self.fixed_button = QPushButton(translate("CheckupPage", "&Mark fixed"))
        self.fixed_button.setAccessibleName(translate("CheckupPage", "Mark fixed (Hearth checks again): {title}").format(title=entry.title))
        self.dismiss_button = QPushButton(translate("CheckupPage", "&Dismiss…"))
        self.dismiss_button.setAccessibleName(translate("CheckupPage", "Dismiss, with a reason: {title}").format(title=entry.title))
        for button in (self.how_button, self.fixed_button, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setAccessibleName(self.text())

    def text(self) -> str:
        """The card as one line: number, severity (icon and word), title."""
        return f"{SEVERITY_ICONS[self.entry.severity]} {self.entry.severity_words} · {self.title_label.text()}"

    def unfold(self, shown: bool = True) -> None:
        self.how_button.setChecked(shown)


class TodoCards(QWidget):
    """The to-do list: this week's cards, then the later ones."""

    fix_clicked = Signal(int)  # finding id
    dismiss_clicked = Signal(int, str)  # finding id, title

    def __init__(self, entries: Sequence[TodoEntry], this_week: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.cards: list[TodoCard] = []
        self.week_count = min(this_week, len(entries))
        self.week_heading = QLabel(translate("CheckupPage", "%n thing(s) to do this week", "", self.week_count))
        self.week_heading.setObjectName("h2")
        self.week_heading.setWordWrap(True)
        self.week_heading.setAccessibleName(self.week_heading.text())
        layout.addWidget(self.week_heading)
        self.later_heading: QLabel | None = None
        for n, entry in enumerate(entries, 1):
            if n == self.week_count + 1:
                self.later_heading = QLabel(translate("CheckupPage", "Later"))
                self.later_heading.setObjectName("h2")
                self.later_heading.setAccessibleName(self.later_heading.text())
                layout.addWidget(self.later_heading)
            card = TodoCard(n, entry)
            card.fixed_button.clicked.connect(lambda _=False, fid=entry.finding_id: self.fix_clicked.emit(fid))
            card.dismiss_button.clicked.connect(
                lambda _=False, fid=entry.finding_id, c=card: self.dismiss_clicked.emit(fid, c.title_label.text()))
            self.cards.append(card)
            layout.addWidget(card)
        self._current = 0 if self.cards else -1

    # -- a small list-like interface, so callers and tests read it as the rows it shows ----------

    def count(self) -> int:
        return len(self.cards)

    def item(self, row: int) -> TodoCard:
        return self.cards[row]

    def this_week(self) -> list[TodoCard]:
        return self.cards[: self.week_count]

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - reads like QListWidget's
        """Unfold card ``row`` (its why and steps), fold the others."""
        self._current = row
        for i, card in enumerate(self.cards):
            card.unfold(i == row)

    def currentItem(self) -> TodoCard | None:  # noqa: N802
        return self.cards[self._current] if 0 <= self._current < len(self.cards) else None
