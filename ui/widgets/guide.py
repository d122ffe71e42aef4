"""A short guide to Hearth (Help menu): where to start, and how to make the window easier to use."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

# (heading, words) pairs, shown in this order.
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("GuideDialog", "Start here"),
        QT_TRANSLATE_NOOP(
            "GuideDialog",
            "On Home, add the people in your household. Then press “Start a checkup”: Hearth asks a few "
            "questions, one person at a time, and ends with a short list of things to do this week.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GuideDialog", "Is this a scam?"),
        QT_TRANSLATE_NOOP(
            "GuideDialog",
            "Got a strange message, link or phone call? Open “Scam check”, paste it in and press the button. "
            "Hearth marks the warning signs and says what to do. If in doubt, do not reply, do not pay, and "
            "ask someone you trust.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GuideDialog", "If something already went wrong"),
        QT_TRANSLATE_NOOP(
            "GuideDialog",
            "Open “Emergency help” (also in this Help menu). It says what to do first, step by step, and "
            "where to report it. You can print the steps.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GuideDialog", "Make it easier to read"),
        QT_TRANSLATE_NOOP(
            "GuideDialog",
            "In Settings you can make the text larger (up to 200 %) and turn on high contrast. With large "
            "text the list of areas on the left shows pictures only: rest the pointer on one to see its name.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GuideDialog", "Using the keyboard"),
        QT_TRANSLATE_NOOP(
            "GuideDialog",
            "Tab moves to the next button or box, Shift+Tab goes back. Enter or Space presses a button. "
            "Ctrl+1 to Ctrl+9 open the areas in the list on the left.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GuideDialog", "Your privacy"),
        QT_TRANSLATE_NOOP(
            "GuideDialog",
            "What Hearth knows stays on this computer. It goes online only when you allow it, and Settings "
            "lists every time it did. Passwords are never stored.",
        ),
    ),
)


class GuideDialog(QDialog):
    """A few short sections in plain words, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A short guide to Hearth"))
        self.setAccessibleName(self.tr("A short guide to Hearth"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.sections: list[tuple[QLabel, QLabel]] = []
        for heading, words in SECTIONS:
            title = QLabel(self.tr(heading))
            title.setObjectName("h2")
            title.setWordWrap(True)
            body = QLabel(self.tr(words))
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(title)
            layout.addWidget(body)
            self.sections.append((title, body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
