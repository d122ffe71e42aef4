"""After a report or card is saved: "Open" and "Print" beside the line that says where it went.

Both hand the file to the system (``QDesktopServices.openUrl``): Open shows it in the person's
usual viewer (a PDF reader, or the web browser for a web page); Print opens it the same way and
says to press Ctrl+P there, so the printer, paper and copies are chosen in the dialog the person
already knows (Hearth has no printer dialog of its own).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

#: Files handed to the system viewer, newest last (tests read it; set ``VIEWER[0] = False`` in tests).
OPENED: list[tuple[str, Path]] = []
VIEWER = [True]


class SavedFileActions(QWidget):
    """Open and Print for the file just saved; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the saved file"))
        self.open_button.clicked.connect(self.open_file)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the saved file"))
        self.print_button.clicked.connect(self.print_file)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("How to print"))
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        row.addWidget(self.hint, 1)
        self.setVisible(False)

    def offer(self, path: Path) -> None:
        """Shows the two buttons for ``path`` and puts the keyboard on Open."""
        self.path = Path(path)
        self.hint.clear()
        self.setVisible(True)
        self.open_button.setFocus()

    def clear(self) -> None:
        self.path = None
        self.hint.clear()
        self.setVisible(False)

    def _hand_over(self, why: str) -> bool:
        if self.path is None:
            return False
        OPENED.append((why, self.path))
        if VIEWER[0]:
            return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        return True

    def open_file(self) -> None:
        if not self._hand_over("open"):
            self.hint.setText(self.tr("The file could not be opened. Open it from its folder."))

    def print_file(self) -> None:
        if self._hand_over("print"):
            self.hint.setText(self.tr(
                "It opens in your usual viewer: press Ctrl+P there (on a Mac, Cmd+P) and choose your printer."))
        else:
            self.hint.setText(self.tr("The file could not be opened. Open it from its folder."))
