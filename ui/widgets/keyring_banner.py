"""One banner when the computer's secure key store (the keyring) cannot be reached.

It says once, at the top of the window, in one line what is wrong, instead of a warning beside every
key; "How to fix this" unfolds what that means (keys for online services cannot be saved; everything
else works; nothing is kept in a less safe place) and the steps, so the banner stays small at 200 %
text. The check can wait on an unlock prompt, so it runs off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class KeyringBanner(QFrame):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checking = False
        self.available: bool | None = None
        self.setObjectName("keyringBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#keyringBanner { border: 2px solid #8a5a00; border-radius: 6px; background: #fff4d6; }"
            "#keyringBanner QLabel { color: #1a1a1a; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(self.tr("⚠ Hearth cannot save keys for online services"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel(self.tr(
            "Hearth keeps keys for online services (for example for scam checks) in this computer's secure key "
            "store, and it cannot reach it. What this means: those services stay off; every other part of "
            "Hearth works, and nothing is kept in a less safe place. How to fix it: on Linux, install and "
            "unlock \u201cGNOME Keyring\u201d (or \u201cKWallet\u201d on KDE), then press Check again. On "
            "Windows and macOS the key store is built in: restart the computer, then press Check again."))
        self.body.setWordWrap(True)
        self.body.setVisible(False)  # folded: "How to fix this" shows it
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.body.text())
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        buttons = QHBoxLayout()
        self.how_button = QPushButton()
        self.how_button.setCheckable(True)
        self.how_button.setAccessibleName(self.tr("How to fix this"))
        self.how_button.setAccessibleDescription(self.tr("Shows or hides what this means and the steps to fix it"))
        self.how_button.toggled.connect(self._unfold)
        self._unfold(False)
        buttons.addWidget(self.how_button)
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setAccessibleName(self.tr("Check the secure key store again"))
        self.again_button.clicked.connect(self.check)
        self.hide_button = QPushButton(self.tr("Hide for now"))
        self.hide_button.setAccessibleName(self.tr("Hide this note until Hearth is opened again"))
        self.hide_button.clicked.connect(self.hide)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setVisible(False)

    def _unfold(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.how_button.setText(("▾ " if shown else "▸ ") + self.tr("How to fix this"))

    def check(self) -> None:
        if self.checking:
            return
        self.checking = True
        self.ctx.tasks.run(self.ctx.hearth.secrets.available, on_finished=self._checked,
                           on_failed=lambda _e: self._checked(False), owner=self)

    def _checked(self, ok: bool) -> None:
        # Here, after the first paint: importing ``Qt`` builds all its enums (slow start-up, ui/main_window.py).
        from PySide6.QtCore import Qt

        for label in (self.title, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.checking = False
        self.available = bool(ok)
        self.setVisible(not ok)
