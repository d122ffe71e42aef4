"""Dialogs: the member editor, the About box, and a confirm helper tests can pre-answer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import app
from app.errors import UserFacingError
from app.storage.repos import MAX_NAME, ROLES, Member
from ui.i18n import guidance

# in ui/roles.py, which the main window uses before its first paint without this module's classes
from ui.roles import ROLE_LABELS, role_name  # noqa: F401 - used here and re-exported

#: Tests set this to pre-answer the next confirmation (True = yes, False = no).
NEXT_ANSWER: list[bool] = []


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    if NEXT_ANSWER:
        return NEXT_ANSWER.pop(0)
    from PySide6.QtCore import Qt  # not at import: the main window imports this module before its first paint

    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a name ending in "<!--" must not hide the rest
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    yes_button.setAccessibleName(yes)
    no_button.setAccessibleName(no)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


#: Tests pre-answer the save dialogs here (a path, or None for "cancelled"); every page asks through it.
NEXT_SAVE_PATH: list[str | None] = []


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
    """Where to save a file (None when cancelled), suggesting ``suggested`` in the home folder."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    if NEXT_SAVE_PATH:
        return NEXT_SAVE_PATH.pop(0)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), file_filter)
    return path or None


def safe_file_name(text: str, fallback: str) -> str:
    """``text`` (a person's name) as part of a file name: letters, digits, '-' and '_' only."""
    keep = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in text).strip()
    return keep.replace(" ", "-") or fallback


class MemberDialog(QDialog):
    """Add or edit a member: name, role, and words a password might be built from.

    The dialog validates through ``app`` (the repository) and stays open with a plain
    message when something is wrong, so nothing typed is lost.
    """

    def __init__(self, save, member: Member | None = None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._save = save
        self.member = member
        self.setWindowTitle(self.tr("Edit family member") if member else self.tr("Add a family member"))
        self.setModal(True)
        self.setMinimumWidth(460)

        self.name = QLineEdit(member.name if member else "")
        self.name.setMaxLength(MAX_NAME * 4)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("For example: Grandma Rose"))

        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for key in ROLES:
            self.role.addItem(role_name(key), key)
        if member:
            self.role.setCurrentIndex(ROLES.index(member.role))

        self.words = QPlainTextEdit(", ".join(member.personal_words) if member else "")
        self.words.setAccessibleName(self.tr("Personal words"))
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("Rex, Maple Street, 1952, Rosie"))
        self.words.setFixedHeight(80)
        words_help = QLabel(
            self.tr(
                "Optional. Names, pets, birthdays, streets, teams: words a password might be built from. "
                "Hearth uses them, only on this computer, to spot guessable passwords."
            )
        )
        words_help.setWordWrap(True)

        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("&Role"))
        role_label.setBuddy(self.role)
        words_label = QLabel(self.tr("Personal &words"))
        words_label.setBuddy(self.words)
        form.addRow(name_label, self.name)
        form.addRow(role_label, self.role)
        form.addRow(words_label, self.words)
        form.addRow("", words_help)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _on_buttons_accepted(self) -> None:
        words = [w for w in self.words.toPlainText().replace("\n", ",").split(",") if w.strip()]
        try:
            self.member = self._save(self.name.text(), self.role.currentData(), words)
        except UserFacingError as exc:
            self.error.setText(f"⚠ {guidance(exc.message)} {guidance(exc.hint)}".strip())
            self.error.show()
            self.name.setFocus()
            return
        self.accept()


class AboutDialog(QDialog):
    """Version, licence and attributions for the data and libraries Hearth uses."""

    ATTRIBUTIONS = (
        QT_TRANSLATE_NOOP("AboutDialog", "Password strength: zxcvbn by Dropbox (MIT), Python port by dwolfhub."),
        QT_TRANSLATE_NOOP("AboutDialog", "Breach data: Have I Been Pwned by Troy Hunt (CC BY 4.0)."),
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Data from 2FA Directory by 2factorauth (MIT) and the Passkeys Directory by 2factorauth (CC BY 4.0).",
        ),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Phone number data: phonenumbers, a port of Google's libphonenumber (Apache 2.0)."
        ),
        QT_TRANSLATE_NOOP("AboutDialog", "Domain names: tldextract with Mozilla's Public Suffix List (MPL 2.0)."),
        QT_TRANSLATE_NOOP("AboutDialog", "QR codes: segno (BSD). One-time codes: pyotp (MIT)."),
        QT_TRANSLATE_NOOP("AboutDialog", "Window toolkit: Qt for Python / PySide6 (LGPL 3.0)."),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setWindowTitle(self.tr("About Hearth"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>Hearth {app.__version__}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(f"Hearth {app.__version__}")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "A household security companion. Everything Hearth knows about your family stays on this "
                "computer. Online look-ups happen only when you allow them, and each one is listed in the "
                "privacy ledger (Settings)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        credits = QLabel("\n".join(f"• {self.tr(line)}" for line in self.ATTRIBUTIONS))
        credits.setWordWrap(True)
        credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        credits.setAccessibleName(self.tr("Credits and licences"))
        layout.addWidget(credits)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
