"""The first-run welcome: shown before the window when no one is in the household yet.

Four short things, on one page: who is in the household (each role explained in a sentence), the
country (the ``scam_region`` setting, which picks the numbers and places to report fraud in the
scam checks and on the printed emergency sheet), the language and the text size. "Start" saves
them; "Later" saves nothing and the welcome comes back next time while the household is empty.
Every choice can be changed later in Settings (and people on the Household page).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from app.core import Hearth
from app.errors import UserFacingError
from app.storage.repos import MAX_NAME
from ui.dialogs import role_name
from ui.pages.base import error_text

#: Tests answer the welcome here instead of a person (True: "Start", False: "Later").
NEXT_ANSWER: list[bool] = []

ROLE_HELP = (
    ("adult", QT_TRANSLATE_NOOP("Welcome", "Looks after their own accounts, phone and computer.")),
    ("senior", QT_TRANSLATE_NOOP(
        "Welcome", "An older person: more help against phone and e-mail scams, and a relative can help "
                   "from afar if they agree.")),
    ("child", QT_TRANSLATE_NOOP("Welcome", "A young person: an adult goes through the checkup with them.")),
    ("business", QT_TRANSLATE_NOOP("Welcome", "The accounts and computers of a small business, with a checklist "
                                              "for it.")),
)
TEXT_SIZES = (1.0, 1.25, 1.5, 1.75, 2.0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class WelcomeDialog(QDialog):
    def __init__(self, hearth: Hearth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.pages.scam import REGIONS  # the same countries as the scam-check settings

        self.hearth = hearth
        self.people: list[tuple[str, str]] = []
        self.setWindowTitle(self.tr("Welcome to Hearth"))
        self.resize(780, 760)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        title = QLabel(self.tr("Welcome to Hearth"))
        title.setWordWrap(True)
        title.setObjectName("h1")  # the window's heading style: it follows the text size and theme
        layout.addWidget(title)
        layout.addWidget(self._para(self.tr(
            "Hearth helps your household check its accounts, devices and scam readiness, and explains every "
            "step in plain words. Four quick choices to start; you can change each of them later in Settings.")))

        # 1. who is in the household
        who = QGroupBox(self.tr("1. Who is in your household?"))
        wl = QVBoxLayout(who)
        wl.addWidget(self._para(self.tr("Add each person Hearth should look after, starting with yourself.")))
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name:"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Name of the person to add"))
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        wl.addLayout(name_row)
        self.roles = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        for role, help_text in ROLE_HELP:
            button = QRadioButton(role_name(role))
            button.setAccessibleName(role_name(role))
            button.setAccessibleDescription(_tr(str(help_text)))
            self.roles.addButton(button)
            self.role_buttons[role] = button
            wl.addWidget(button)
            explain = self._para(_tr(str(help_text)))
            explain.setContentsMargins(28, 0, 0, 4)
            wl.addWidget(explain)
        self.role_buttons["adult"].setChecked(True)
        self.add_button = QPushButton(self.tr("&Add this person"))
        self.add_button.setAccessibleName(self.tr("Add this person to the household"))
        self.add_button.clicked.connect(self.add_person)
        self.name.returnPressed.connect(self.add_person)
        wl.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.added = QListWidget()
        self.added.setAccessibleName(self.tr("People to add"))
        self.added.setMaximumHeight(90)
        self.added.setVisible(False)  # shown once someone is added
        wl.addWidget(self.added)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        wl.addWidget(self.message)
        layout.addWidget(who)

        # 2-4. country, language, text size
        more = QGroupBox(self.tr("2. Country, language and text size"))
        form = QFormLayout(more)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.region = QComboBox()
        for code, text in REGIONS:
            self.region.addItem(QCoreApplication.translate("ScamServicesSettings", str(text)), code)
        self.region.setCurrentIndex(max(0, self.region.findData(hearth.settings.get(S.SCAM_REGION))))
        self.region.setAccessibleName(self.tr("Your country"))
        self.region.setAccessibleDescription(self.tr("Hearth uses it for phone numbers and where to report scams."))
        region_label = QLabel(self.tr("Your &country (Hearth uses it for phone numbers and where to report scams):"))
        region_label.setWordWrap(True)
        region_label.setBuddy(self.region)
        form.addRow(region_label, self.region)
        self.language = QComboBox()
        for code, name in (("", self.tr("Follow this computer")), ("en", "English"), ("es", "Español")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(hearth.settings.get(S.LANGUAGE))))
        self.language.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.text_size = QComboBox()
        for factor in TEXT_SIZES:
            self.text_size.addItem(self.tr("{percent}%").format(percent=int(factor * 100)), factor)
        current = hearth.settings.get(S.TEXT_SCALE)
        self.text_size.setCurrentIndex(min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i] - current)))
        self.text_size.setAccessibleName(self.tr("Text size"))
        # The choice shows at once (the whole application), so a person can see which size reads well.
        self.text_size.currentIndexChanged.connect(self._preview_text_size)
        size_label = QLabel(self.tr("&Text size:"))
        size_label.setBuddy(self.text_size)
        form.addRow(size_label, self.text_size)
        layout.addWidget(more)
        layout.addStretch(1)

        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setAccessibleName(self.tr("Save these choices and start"))
        self.start_button.setProperty("primary", True)  # the one main action: a filled button
        self.later_button = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setAccessibleName(self.tr("Later: save nothing now"))
        self.start_button.clicked.connect(self.start)
        self.later_button.clicked.connect(self.reject)
        outer.addWidget(buttons)
        self._fit_screen()
        self.name.setFocus()

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (small laptop screens, large text)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry().size()
            self.resize(min(self.width(), free.width()), min(self.height(), free.height()))

    def _preview_text_size(self) -> None:
        from ui import theme

        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            theme.apply(qapp, self.hearth.settings, scale=float(self.text_size.currentData()))

    def reject(self) -> None:
        """Later: the text size goes back to the saved one (nothing is saved)."""
        from ui import theme

        qapp = QApplication.instance()
        if isinstance(qapp, QApplication) and self.text_size.currentData() != self.hearth.settings.get(S.TEXT_SCALE):
            theme.apply(qapp, self.hearth.settings)
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in the name field adds the person; it does not also press Start."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.name:
            event.accept()
            return
        super().keyPressEvent(event)

    def _para(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def chosen_role(self) -> str:
        for role, button in self.role_buttons.items():
            if button.isChecked():
                return role
        return "adult"

    def add_person(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.message.setText(self.tr("Type a name first."))
            self.name.setFocus()
            return
        if any(n.casefold() == name.casefold() for n, _ in self.people):
            self.message.setText(self.tr("{name} is already on the list.").format(name=name))
            return
        role = self.chosen_role()
        self.people.append((name, role))
        self.added.addItem(f"{name} ({role_name(role)})")
        self.added.setVisible(True)
        self.message.setText(self.tr("Added {name}. Add someone else, or press Start.").format(name=name))
        self.name.clear()
        self.name.setFocus()

    def start(self) -> None:
        """Saves the choices; a name typed but not added yet is added too."""
        if self.name.text().strip():
            self.add_person()
        settings = self.hearth.settings
        try:
            settings.set(S.SCAM_REGION, str(self.region.currentData() or ""))
            settings.set(S.LANGUAGE, str(self.language.currentData() or ""))
            settings.set(S.TEXT_SCALE, float(self.text_size.currentData()))
            for name, role in self.people:
                self.hearth.members.add(name, role)
        except UserFacingError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def needed(hearth: Hearth) -> bool:
    """The welcome is shown while no one is in the household."""
    return not hearth.members.list()


def maybe_welcome(hearth: Hearth, parent: QWidget | None = None) -> bool:
    """Shows the welcome if the household is empty; True when the person pressed Start."""
    if not needed(hearth):
        return False
    dialog = WelcomeDialog(hearth, parent)
    if NEXT_ANSWER:
        if NEXT_ANSWER.pop(0):
            dialog.start()
        return dialog.result() == QDialog.DialogCode.Accepted
    return dialog.exec() == QDialog.DialogCode.Accepted
