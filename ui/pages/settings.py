"""Settings: offline mode, where data lives, the secure key store and the privacy ledger."""

from __future__ import annotations

import datetime as dt
import importlib
import os

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import settings as S
from ui.context import UiContext
from ui.dialogs import confirm
from ui.i18n import current_language, guidance
from ui.pages.base import PageBase, wrapping
from ui.widgets.flow import FlowLayout
from ui.widgets.grow import grow_to_contents

#: How many of the newest ledger entries show before "Show all".
LEDGER_FIRST = 20

TEXT_SIZES = (1.0, 1.25, 1.5, 1.75, 2.0)


class SettingsPage(PageBase):
    AREA = "settings"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        hearth = ctx.hearth
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self.heading(self.tr("Settings")))

        # Offline
        privacy = QGroupBox(self.tr("Internet"))
        pl = QVBoxLayout(privacy)
        self.offline = QCheckBox(self.tr("&Work offline: never contact any online service"))
        self.offline.setAccessibleName(self.tr("Work offline"))
        self.offline.setChecked(hearth.is_offline())
        forced = hearth.offline_forced_by_environment()
        self.offline.setEnabled(not forced)
        self.offline.toggled.connect(self._on_offline_toggled)
        pl.addWidget(wrapping(self.offline))
        pl.addWidget(
            self.paragraph(
                self.tr("Checks that need the internet will say they were skipped.")
                if not forced
                else self.tr("Hearth was started in offline mode, so it stays offline until you close it.")
            )
        )
        layout.addWidget(privacy)

        # Look
        look = QGroupBox(self.tr("Reading and contrast"))
        lf = QFormLayout(look)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for factor in TEXT_SIZES:
            self.text_size.addItem(self.tr("{percent}%").format(percent=int(factor * 100)), factor)
        current = hearth.settings.get(S.TEXT_SCALE)
        self.text_size.setCurrentIndex(min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i] - current)))
        self.text_size.currentIndexChanged.connect(self._on_text_size_changed)
        size_label = QLabel(self.tr("&Text size"))
        size_label.setBuddy(self.text_size)
        lf.addRow(size_label, self.text_size)
        self.high_contrast = QCheckBox(self.tr("Hi&gh contrast (black on white, thick outlines)"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setChecked(hearth.settings.get(S.HIGH_CONTRAST))
        self.high_contrast.toggled.connect(lambda on: self.ctx.hearth.settings.set(S.HIGH_CONTRAST, on))
        lf.addRow("", wrapping(self.high_contrast))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The change applies after restarting Hearth."))
        for code, name in (
            ("", self.tr("Follow this computer")),
            ("en", "English"),
            ("es", "Español"),
        ):
            self.language.addItem(name, code)
        chosen = self.language.findData(hearth.settings.get(S.LANGUAGE))
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        lf.addRow(language_label, self.language)
        self.language_note = QLabel(self.tr("The new language is used after you close and reopen Hearth."))
        self.language_note.setWordWrap(True)
        lf.addRow("", self.language_note)
        layout.addWidget(look)

        # Online services (from the scam area, when it is built).
        try:
            scam = importlib.import_module("ui.pages.scam")
            services_widget = scam.ScamServicesSettings(ctx)
        except (ImportError, AttributeError):
            services_widget = None
        if services_widget is not None:
            box = QGroupBox(self.tr("Online scam-check services"))
            QVBoxLayout(box).addWidget(services_widget)
            layout.addWidget(box)

        # Data folder
        data = QGroupBox(self.tr("Your data"))
        dl = QVBoxLayout(data)
        dl.addWidget(
            self.paragraph(
                self.tr(
                    "Everything Hearth knows about your household is kept on this computer, in this folder. "
                    "Passwords are never stored."
                )
            )
        )
        # A long folder path has no spaces: a zero-width space after each separator lets it wrap.
        self.data_path = QLabel(str(hearth.paths.data).replace(os.sep, os.sep + "\u200b"))
        self.data_path.setAccessibleName(self.tr("Data folder"))
        self.data_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        dl.addWidget(self.data_path)
        open_button = QPushButton(self.tr("&Open the data folder"))
        open_button.setAccessibleName(self.tr("Open the data folder"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(hearth.paths.data))))
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        dl.addLayout(row)
        self.keyring_status = QLabel(self.tr("Checking the secure key store…"))
        self.keyring_status.setWordWrap(True)
        self.keyring_status.setAccessibleName(self.tr("Secure key store status"))
        dl.addWidget(self.keyring_status)
        layout.addWidget(data)

        # Ledger
        ledger = QGroupBox(self.tr("Privacy ledger: what left this computer"))
        ll = QVBoxLayout(ledger)
        ll.addWidget(
            self.paragraph(
                self.tr(
                    "Every request Hearth sends over the internet is listed here: when, to whom, and why. "
                    "Personal details and keys are never shown or stored."
                )
            )
        )
        self.ledger = QTableWidget(0, 5)
        self.ledger.setAccessibleName(self.tr("Privacy ledger"))
        self.ledger.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Service"), self.tr("Address"), self.tr("Why"), self.tr("Result")]
        )
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ledger.horizontalHeader().setStretchLastSection(True)
        self.ledger.setWordWrap(True)
        grow_to_contents(self.ledger)  # the page scrolls, the ledger does not scroll inside it
        # The exact addresses (such as "udp://239.255.255.250:1900") are for the curious: folded away.
        self.ledger.setColumnHidden(2, True)
        self.ledger_addresses = QCheckBox(self.tr("Advanced: show the exact addresses"))
        self.ledger_addresses.setAccessibleName(self.tr("Show the exact addresses in the privacy ledger"))
        self.ledger_addresses.toggled.connect(lambda on: self.ledger.setColumnHidden(2, not on))
        ll.addWidget(wrapping(self.ledger_addresses))
        ll.addWidget(self.ledger)
        self.ledger_more = QPushButton()
        self.ledger_more.clicked.connect(self._show_whole_ledger)
        ll.addWidget(self.ledger_more)
        self._whole_ledger = False
        self.ledger_empty = self.paragraph(self.tr("Nothing has left this computer yet."))
        ll.addWidget(self.ledger_empty)
        buttons = FlowLayout()  # wraps when the window is narrow (large text)
        refresh = QPushButton(self.tr("Re&fresh"))
        refresh.setAccessibleName(self.tr("Refresh the privacy ledger"))
        refresh.clicked.connect(self.reload_ledger)
        clear = QPushButton(self.tr("Clear the le&dger"))
        clear.setAccessibleName(self.tr("Clear the privacy ledger"))
        clear.clicked.connect(self._on_clear_clicked)
        buttons.addWidget(refresh)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        layout.addWidget(ledger)
        layout.addStretch(1)
        self.reload_ledger()

    def on_shown(self) -> None:
        self.reload_ledger()
        # The keyring may block on an unlock prompt: ask it off the GUI thread.
        self.ctx.tasks.run(
            self.ctx.hearth.secrets.available, on_finished=self._on_keyring_checked, on_failed=lambda e: None, owner=self
        )

    def _on_keyring_checked(self, ok: bool) -> None:
        self.keyring_status.setText(
            self.tr("✔ Secure key store: available. Keys for online services you add are kept there, never in Hearth's files.")
            if ok
            else self.tr(
                "✖ Secure key store: not available. Features that need a key are turned off; "
                "everything else works. On Linux, install and unlock GNOME Keyring or KWallet."
            )
        )

    def _on_text_size_changed(self, index: int) -> None:
        self.ctx.hearth.settings.set(S.TEXT_SCALE, float(self.text_size.itemData(index)))

    def _on_language_changed(self, index: int) -> None:
        self.ctx.hearth.settings.set(S.LANGUAGE, str(self.language.itemData(index)))

    def _on_offline_toggled(self, checked: bool) -> None:
        self.ctx.hearth.settings.set(S.OFFLINE, checked)

    def _show_whole_ledger(self) -> None:
        self._whole_ledger = True
        self.reload_ledger()

    def reload_ledger(self) -> None:
        entries = self.ctx.hearth.ledger.entries(500)
        total = len(entries)
        if not self._whole_ledger:
            entries = entries[:LEDGER_FIRST]  # the newest first; the rest on request
        self.ledger_more.setVisible(len(entries) < total)
        self.ledger_more.setText(self.tr("Show all %n requests", "", total))
        self.ledger_more.setAccessibleName(self.ledger_more.text())
        self.ledger.setRowCount(len(entries))
        language = current_language()
        for row, e in enumerate(entries):
            outcome = guidance(e.outcome)
            result = outcome if e.status is None else f"{e.status} · {outcome}"
            when = _when(e.at, language)
            for col, text in enumerate((when, e.service, f"{e.method} {e.host}{e.path}", guidance(e.purpose), result)):
                self.ledger.setItem(row, col, QTableWidgetItem(text))
        self.ledger.setVisible(bool(entries))
        self.ledger_empty.setVisible(not entries)

    def _on_clear_clicked(self) -> None:
        if confirm(
            self,
            self.tr("Clear the privacy ledger?"),
            self.tr("The list of past requests will be emptied. This does not undo them."),
            yes=self.tr("Clear"),
            no=self.tr("Keep"),
        ):
            self.ctx.hearth.ledger.clear()
            self.reload_ledger()


def _when(stamp: str, language: str) -> str:
    """A ledger time in the reader's form ("7 Dec 2026, 14:05"), local time; the text itself if unreadable."""
    from babel.dates import format_datetime

    try:
        at = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return format_datetime(at.astimezone(), "medium", locale=language)


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("SettingsPage"), not one shared by every page.
Page = SettingsPage
