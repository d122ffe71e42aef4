"""Small parts of the checkup wizard: answers as radio buttons, a label that keeps its place, an expander.

- ``AnswerChoices``: one question's answers as radio buttons in a row ("Yes", "No", "Not sure"),
  never a drop-down; ``value()`` is the chosen answer's value or "".
- ``ReservedLabel``: a wrapping label that takes, from the start, the height of the longest text it
  may show, so showing feedback never moves what is below it (the next question stays under the
  pointer).
- ``Expander``: a "How is this worked out?" button that unfolds detail kept out of the way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from ui.widgets.verdict import VerdictBanner


class AnswerChoices(QWidget):
    """Radio buttons for one question; ``answered`` says which value was picked."""

    answered = Signal(str)

    def __init__(self, question: str, choices: Sequence[tuple[str, str]], value: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(question)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, words in choices:
            radio = QRadioButton(words)
            radio.setAccessibleName(f"{words.replace('&', '')} ({question})")
            radio.setProperty("answer", key)
            self.group.addButton(radio)
            self.buttons[key] = radio
            row.addWidget(radio)
            if key == value:
                radio.setChecked(True)
        row.addStretch(1)
        self.group.buttonClicked.connect(lambda b: self.answered.emit(str(b.property("answer"))))

    def value(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("answer")) if checked is not None else ""

    def choose(self, value: str) -> None:
        """Pick ``value`` as a click would."""
        self.buttons[value].click()


class ReservedLabel(QLabel):
    """A wrapping label as tall as the tallest of ``reserve`` (at the width it gets), whatever it shows."""

    def __init__(self, reserve: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reserve = [t for t in reserve if t]
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _needed(self, width: int) -> int:
        if width <= 0:
            width = 400
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        m = self.contentsMargins()
        inner = max(1, width - m.left() - m.right())
        tallest = max((metrics.boundingRect(QRect(0, 0, inner, 100000), flags, t).height() for t in
                       [*self.reserve, self.text() or " "]), default=metrics.height())
        return tallest + m.top() + m.bottom()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(super().heightForWidth(width), self._needed(width))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed(self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed(self.width())))


class Expander(QWidget):
    """A button that shows or hides ``body`` (folded at first)."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = title
        self.button = QPushButton("▸ " + title)
        self.button.setCheckable(True)
        self.button.setAccessibleName(title.replace("&", ""))
        self.button.setStyleSheet("text-align: left;")
        self.body = body
        body.setVisible(False)
        self.button.toggled.connect(self._toggle)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)

    def _toggle(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.button.setText(("▾ " if shown else "▸ ") + self.title)


class StepResult(VerdictBanner):
    """A checkup step's result as a verdict banner, with the outcome's own symbol (never a tick over
    things to do). ``text()`` reads the whole banner: symbol, words and the step's message."""

    LEVELS = {"clean": "ok", "findings": "warning", "couldnt_check": "warning", "nothing_to_check": "info",
              "skipped": "info", "needs_answers": "info"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")

    def set_result(self, outcome: str, icon: str, words: str, detail: str) -> None:
        self.set_verdict(self.LEVELS.get(outcome, "info"), words, detail)
        self.icon_label.setText(icon)

    def text(self) -> str:
        words = f"{self.icon_label.text()} {self.words_label.text()}".strip()
        detail = self.detail_label.text()
        return f"{words}. {detail}".strip() if detail else words
