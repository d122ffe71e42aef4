"""Passwords: a strength tester, the breach check, the household password audit and e-mail look-ups.

The page renders what ``app.passwords`` returns. Every zxcvbn run, network call,
keyring call and file read happens through ``ctx.tasks``; typing is debounced and only
the newest result is shown (older ones are dropped), so the window never stutters.
Nothing typed is stored, and the field is overwritten and cleared when the page is left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import passwords
from app.storage.repos import Member
from ui.context import UiContext
from ui.dialogs import confirm
from ui.i18n import guidance, guidance_all
from ui.pages.base import PageBase, error_text, wrapping
from ui.pages.breach_offline import BreachListBox
from ui.widgets.account_card import AccountCard

DEBOUNCE_MS = 15
# Password health shows this many cards, then a "Show all" button (a long export stays quick).
FIRST_CARDS = 20

CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "PasswordsPage",
    "Hearth will make a scrambled fingerprint of this password on this computer and send only its first "
    "5 characters to the Pwned Passwords service (api.pwnedpasswords.com).\n\n"
    "Nothing else is sent: not the password, not the rest of the fingerprint, not your name. The service "
    "answers with hundreds of fingerprints that start the same way, and Hearth looks for yours here.",
)
IMPORT_CONSENT = QT_TRANSLATE_NOOP("PasswordsPage", "Also ask Pwned Passwords whether criminals know them")
IMPORT_CONSENT_DETAIL = QT_TRANSLATE_NOOP(
    "PasswordsPage", "Hearth then sends only the first 5 characters of a scrambled fingerprint of each password, never the password."
)
# zxcvbn's score 0-4 as a level of ui.widgets.verdict: "Weak" and "Very strong" look different.
STRENGTH_LEVELS = ("danger", "danger", "warning", "ok", "ok")  # English; shown through ui.i18n.word


class PasswordsPage(PageBase):
    """The Passwords area.

    Signals:
        meter_updated(int): the meter shows a new result (the score); for tests and the benchmark.
    """

    AREA = "passwords"
    meter_updated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        self._pending = False
        self._inflight: Any = None
        self._import_task: Any = None
        self._import_member: int | None = None  # whose import is running
        self._member: Member | None = ctx.current_member()

        # The main window puts every page in a scroll area; the page lays out directly on itself.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self.heading(self.tr("Passwords")))

        layout.addWidget(self._build_tester())
        self.offline_box = BreachListBox(ctx)
        layout.addWidget(self.offline_box)
        layout.addWidget(self._build_audit())
        layout.addWidget(self._build_email())
        layout.addStretch(1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._kick)
        self._show_result(None)
        self.on_member_changed(self._member)
        ctx.tasks.run(passwords.warm_up, on_failed=lambda _e: None, owner=self)

    # -- building -----------------------------------------------------------------------

    def _build_tester(self) -> QGroupBox:
        box = QGroupBox(self.tr("How strong is a password?"))
        v = QVBoxLayout(box)
        v.addWidget(self.paragraph(self.tr(
            "Type a password to see how long it would take to guess. Nothing you type here is saved."
        )))
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password to test"))
        self.field.setPlaceholderText(self.tr("Type a password"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text_changed)
        row.addWidget(self.field, 1)
        self.show_toggle = QCheckBox(self.tr("&Show"))
        self.show_toggle.setAccessibleName(self.tr("Show the password"))
        self.show_toggle.toggled.connect(self._on_show_toggled)
        row.addWidget(self.show_toggle)
        v.addLayout(row)

        # The words sit beside the bar, in the strength's colour with an icon: never dark text on a dark fill.
        meter_row = QHBoxLayout()
        self.meter = QProgressBar()
        self.meter.setObjectName("strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Password strength"))
        meter_row.addWidget(self.meter, 1)
        self.strength_words = QLabel()
        self.strength_words.setObjectName("strengthWords")
        self.strength_words.setWordWrap(True)
        self.strength_words.setAccessibleName(self.tr("Password strength"))
        meter_row.addWidget(self.strength_words, 1)
        v.addLayout(meter_row)
        self.crack_label = QLabel()
        self.crack_label.setWordWrap(True)
        self.crack_label.setAccessibleName(self.tr("Time to crack"))
        v.addWidget(self.crack_label)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Warning"))
        v.addWidget(self.warning_label)
        self.suggestions_label = QLabel()
        self.suggestions_label.setWordWrap(True)
        self.suggestions_label.setAccessibleName(self.tr("Suggestions"))
        v.addWidget(self.suggestions_label)

        brow = QHBoxLayout()
        self.breach_button = QPushButton(self.tr("Is this password &known to criminals?"))
        self.breach_button.setProperty("primary", True)
        self.breach_button.setAccessibleName(self.tr("Is this password known to criminals?"))
        self.breach_button.clicked.connect(self._on_breach_clicked)
        brow.addWidget(self.breach_button)
        brow.addStretch(1)
        v.addLayout(brow)
        self.breach_label = QLabel()
        self.breach_label.setWordWrap(True)
        self.breach_label.setAccessibleName(self.tr("Breach check result"))
        v.addWidget(self.breach_label)
        return box

    def _build_audit(self) -> QGroupBox:
        box = QGroupBox(self.tr("Password health for the household"))
        v = QVBoxLayout(box)
        v.addWidget(self.paragraph(self.tr(
            "Export your passwords from your password manager or browser as a CSV file (Bitwarden, Chrome, Edge, "
            "Firefox, 1Password or KeePassXC) and open it here. Hearth checks the passwords in memory and keeps "
            "only the results, never the passwords. Delete the CSV file afterwards: it is not protected."
        )))
        self.member_label = QLabel()
        self.member_label.setWordWrap(True)
        v.addWidget(self.member_label)
        self.import_breach = QCheckBox(self.tr(IMPORT_CONSENT))
        self.import_breach.setAccessibleName(self.tr("Also check the passwords against breach lists"))
        self.import_breach.setAccessibleDescription(self.tr(IMPORT_CONSENT_DETAIL))
        v.addWidget(wrapping(self.import_breach))
        v.addWidget(self.paragraph(self.tr(IMPORT_CONSENT_DETAIL)))
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import passwords from a file…"))
        self.import_button.setAccessibleName(self.tr("Import passwords from a file"))
        self.import_button.clicked.connect(self._on_import_clicked)
        row.addWidget(self.import_button)
        self.import_progress = QProgressBar()
        self.import_progress.setAccessibleName(self.tr("Import progress"))
        self.import_progress.setTextVisible(True)
        self.import_progress.hide()
        row.addWidget(self.import_progress, 1)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self._on_cancel_import)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        v.addLayout(row)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_status.setAccessibleName(self.tr("Import status"))
        v.addWidget(self.import_status)

        # One card per account, worst first (ui/widgets/account_card.py); the first few, then "Show all".
        self.cards_box = QWidget()
        self.cards_box.setAccessibleName(self.tr("Accounts and their problems"))
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        v.addWidget(self.cards_box)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self._show_all_cards)
        self.more_button.hide()
        v.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards: list[AccountCard] = []
        self._rows: list[dict[str, Any]] = []
        return box

    def _build_email(self) -> QGroupBox:
        box = QGroupBox(self.tr("E-mail addresses in breaches"))
        self.email_box = box
        v = QVBoxLayout(box)
        self.email_intro = self.paragraph(self.tr(
            "With your own Have I Been Pwned key (add it in Settings), Hearth can look up every "
            "e-mail address your household uses to sign in."
        ))
        v.addWidget(self.email_intro)
        self.email_button = QPushButton(self.tr("Check &e-mail addresses for breaches"))
        self.email_button.setAccessibleName(self.tr("Check e-mail addresses for breaches"))
        self.email_button.clicked.connect(self._on_email_clicked)
        self.email_button.setEnabled(False)
        v.addWidget(self.email_button)
        self.email_result = QPlainTextEdit()
        self.email_result.setReadOnly(True)
        self.email_result.setAccessibleName(self.tr("E-mail breach results"))
        self.email_result.hide()
        v.addWidget(self.email_result)
        return box

    # -- strength tester ----------------------------------------------------------------

    def _on_show_toggled(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _on_text_changed(self, _text: str) -> None:
        self._generation += 1
        self._pending = True
        self.breach_label.clear()
        self._debounce.start()

    def _kick(self) -> None:
        if self._inflight is not None or not self._pending:
            return
        self._pending = False
        generation = self._generation
        text = self.field.text()
        member_id = self._member.id if self._member else None
        self._inflight = self.ctx.tasks.run(
            passwords.check_password,
            self.ctx.hearth,
            text,
            member_id,
            on_finished=lambda result, g=generation: self._on_strength(g, result),
            on_failed=lambda error, g=generation: self._on_strength_failed(g, error),
            owner=self,
        )

    def _on_strength(self, generation: int, result: dict[str, Any]) -> None:
        self._inflight = None
        if generation == self._generation:
            self._show_result(result)
        self._kick()

    def _on_strength_failed(self, generation: int, error: BaseException) -> None:
        self._inflight = None
        if generation == self._generation:
            self._show_result(None)
            self.warning_label.setText(error_text(error))
        self._kick()

    def _show_result(self, result: dict[str, Any] | None) -> None:
        if result is None or result.get("method") == "empty":
            self.meter.setValue(0)
            self.meter.setFormat(self.tr("Nothing typed yet"))
            self._show_strength("info", self.tr("Nothing typed yet"))
            self.meter.setAccessibleDescription(self.tr("Nothing typed yet"))
            self.crack_label.setText(self.tr("Type a password to see how strong it is."))
            self.warning_label.clear()
            self.suggestions_label.clear()
            self.breach_button.setEnabled(False)
            self.meter_updated.emit(0)
            return
        score = int(result["score"])
        text = self.tr("Strength: {label} ({score} of 4)").format(label=guidance(result["label"]), score=score)
        self.meter.setValue(score)
        self.meter.setFormat(text)
        self._show_strength(STRENGTH_LEVELS[min(4, max(0, score))], text)
        self.meter.setAccessibleDescription(text)
        estimate = self.tr(" (a rougher guess: the password is longer than Hearth reads at once)") if result["method"] != "zxcvbn" else ""
        self.crack_label.setText(self.tr(
            "Rough time for a criminal with a stolen copy of the password list to guess it: {time}{estimate}."
        ).format(time=guidance(result["crack_time"]), estimate=estimate))
        self.warning_label.setText(self.tr("Warning: {w}").format(w=guidance(result["warning"])) if result["warning"] else "")
        self.suggestions_label.setText("\n".join(f"• {s}" for s in guidance_all(result["suggestions"])))
        breach = result.get("breach") or {}
        if breach.get("checked") and breach.get("source") == "offline":
            self.breach_label.setText(guidance(breach["advice"]))
        self.breach_button.setEnabled(True)
        self.meter_updated.emit(score)

    def clear_field(self) -> None:
        """Overwrite and clear what was typed, and forget any result."""
        length = len(self.field.text())
        if length:
            self.field.blockSignals(True)
            self.field.setText("\u2022" * length)
            self.field.blockSignals(False)
        self.field.clear()
        self.show_toggle.setChecked(False)
        self._generation += 1
        self._pending = False
        self.breach_label.clear()
        self._show_result(None)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.clear_field()
        super().hideEvent(event)

    def _on_breach_clicked(self) -> None:
        text = self.field.text()
        if not text:
            return
        offline = passwords.has_offline_index(self.ctx.hearth)
        if not offline and self.ctx.hearth.is_offline():
            # Working offline: nothing could be sent, so there is nothing to agree to (no consent dialog).
            self.breach_label.setText(self.tr(
                "Not checked: Hearth is working offline, so nothing was sent. Turn off “Work offline” in "
                "Settings to check online, or add the offline breach list above."))
            return
        if not offline and not confirm(
            self, self.tr("Check with Pwned Passwords?"), self.tr(CONSENT_TEXT),
            yes=self.tr("Send 5 characters"), no=self.tr("Don't send"),
        ):
            self.breach_label.setText(self.tr("Not checked: nothing was sent."))
            return
        generation = self._generation
        self.breach_button.setEnabled(False)
        self.breach_label.setText(self.tr("Checking…"))
        self.ctx.tasks.run(
            passwords.check_password,
            self.ctx.hearth,
            text,
            None,
            True,
            on_finished=lambda r, g=generation: self._on_breach_result(g, r),
            on_failed=lambda e, g=generation: self._on_breach_failed(g, e),
            owner=self,
        )

    def _on_breach_result(self, generation: int, result: dict[str, Any]) -> None:
        self.breach_button.setEnabled(bool(self.field.text()))
        if generation != self._generation:
            return
        self.breach_label.setText(guidance(result["breach"]["advice"]))

    def _on_breach_failed(self, generation: int, error: BaseException) -> None:
        self.breach_button.setEnabled(bool(self.field.text()))
        if generation == self._generation:
            self.breach_label.setText(error_text(error))

    # -- audit ----------------------------------------------------------------------------

    def on_member_changed(self, member: Member | None) -> None:
        """The typed password, its breach answer and the last import summary were the previous person's."""
        self._member = member
        self.field.clear()
        self.breach_label.setText("")
        if self._import_task is None:
            self.import_status.setText("")
        if member is None:
            self.member_label.setText(self.tr("Add a household member first (Home), then import their passwords."))
            self.import_button.setEnabled(False)
            self._fill_table([])
            return
        self.member_label.setText(self.tr("Importing for: {name}").format(name=member.name))
        self.import_button.setEnabled(self._import_task is None)
        self.refresh_health()
        if self.field.text():
            self._on_text_changed(self.field.text())

    def _show_strength(self, level: str, text: str) -> None:
        """The bar's fill and the words beside it in the strength's colour, with its icon."""
        from ui.widgets.verdict import ICONS

        for widget in (self.meter, self.strength_words):
            widget.setProperty("level", level)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.strength_words.setText(f"{ICONS[level]} {text}")

    def refresh_health(self) -> None:
        if self._member is None:
            return
        member_id = self._member.id
        self.ctx.tasks.run(
            lambda: [r.to_dict() for r in passwords.account_health(self.ctx.hearth, member_id)],
            on_finished=lambda rows, m=member_id: self._on_health(m, rows),
            on_failed=self.show_error,
            owner=self,
        )

    def _on_health(self, member_id: int, rows: list[dict[str, Any]]) -> None:
        if self._member is not None and self._member.id == member_id:
            self._fill_table(rows)

    def on_shown(self) -> None:
        self.refresh_health()
        self.offline_box.refresh()
        self.ctx.tasks.run(
            passwords.has_hibp_key, self.ctx.hearth, on_finished=self._on_key_known, on_failed=lambda _e: None,
            owner=self,
        )

    def _on_key_known(self, has_key: bool) -> None:
        self.email_button.setEnabled(bool(has_key))
        if not has_key:
            self.email_button.setToolTip(self.tr("Store your Have I Been Pwned key in Settings first."))

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a password export"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        if self._member is None or self._import_task is not None:
            return
        member_id = self._member.id
        self._import_member = member_id
        self.import_button.setEnabled(False)
        self.import_progress.setRange(0, 0)
        self.import_progress.show()
        self.cancel_button.show()
        self.import_status.setText(self.tr("Reading the file…"))
        self._import_task = self.ctx.tasks.run(
            passwords.import_csv,
            self.ctx.hearth,
            member_id,
            path,
            breach=self.import_breach.isChecked(),
            on_finished=self._on_import_done,
            on_failed=self._on_import_failed,
            on_progress=self._on_import_progress,
            owner=self,
        )

    def _on_import_progress(self, done: int, total: int, text: str) -> None:
        if total <= 0:
            self.import_progress.setRange(0, 0)
        else:
            self.import_progress.setRange(0, total)
            self.import_progress.setValue(done)
        text = guidance(text)
        self.import_progress.setFormat(f"{text}: %p%" if total > 0 else text)
        self.import_status.setText(text + "…")

    def _end_import(self) -> None:
        self._import_task = None
        self.import_progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(self._member is not None)

    def _on_cancel_import(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
        self._end_import()
        self.import_status.setText(self.tr("Import cancelled. Nothing was saved."))

    def _on_import_done(self, result: passwords.ImportResult) -> None:
        self._end_import()
        if self._member is None or self._member.id != self._import_member:
            self.import_status.setText("")  # saved for the member selected before; this one's table stays
            return
        lines = [self.tr("Checked %n login(s) from a {fmt} export. The passwords were not saved.", "", result.imported).format(
            fmt=result.format)]
        lines += guidance_all(result.notes)
        self.import_status.setText("\n".join(lines))
        self._fill_table([r.to_dict() for r in result.rows])

    def _on_import_failed(self, error: BaseException) -> None:
        self._end_import()
        if self._member is None or self._member.id != self._import_member:
            return
        self.import_status.setText(error_text(error))

    def _fill_table(self, rows: list[dict[str, Any]]) -> None:
        """One card per account, in the order app.passwords ranks them (worst first)."""
        self._rows = rows
        self._show_cards(rows[:FIRST_CARDS])

    def _show_cards(self, rows: list[dict[str, Any]]) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = [AccountCard(row) for row in rows]
        for card in self.cards:
            self.cards_layout.addWidget(card)
        hidden = len(self._rows) - len(rows)
        self.more_button.setText(self.tr("Show all {n} accounts").format(n=len(self._rows)))
        self.more_button.setAccessibleName(self.more_button.text())
        self.more_button.setVisible(hidden > 0)

    def _show_all_cards(self) -> None:
        self._show_cards(self._rows)
        if self.cards:
            self.cards[FIRST_CARDS if len(self.cards) > FIRST_CARDS else 0].setFocus()

    # -- e-mail ---------------------------------------------------------------------------

    def _on_email_clicked(self) -> None:
        self.email_button.setEnabled(False)
        self.email_result.show()
        self.email_result.setPlainText(self.tr("Checking…"))
        self.ctx.tasks.run(
            passwords.check_household_emails,
            self.ctx.hearth,
            on_finished=self._on_email_done,
            on_failed=self._on_email_failed,
            on_progress=self._on_email_progress,
            owner=self,
        )

    def _on_email_progress(self, done: int, total: int, _text: str) -> None:
        self.email_result.setPlainText(self.tr("Checking {d} of {t}…").format(d=min(done + 1, total), t=total))

    def _on_email_done(self, results: list[dict[str, Any]]) -> None:
        self.email_button.setEnabled(True)
        if not results:
            self.email_result.setPlainText(self.tr(
                "No e-mail addresses found. Import passwords first: the addresses you sign in with are used."
            ))
            return
        lines = []
        for item in results:
            if item["error"]:
                lines.append(f"{item['address']}: {guidance(item['error'])}")
            elif not item["breaches"]:
                lines.append(self.tr("{a}: not found in known breaches.").format(a=item["address"]))
            else:
                lines.append(self.tr("{a}: found in %n breach(es)", "", len(item["breaches"])).format(a=item["address"]))
                for b in item["breaches"]:
                    lines.append(f"  • {b['title']} ({b['date']}): {', '.join(b['data'])}")
                    lines += [f"      {s}" for s in guidance_all(b["steps"])]
        lines.append("")
        lines.append(self.tr("Breach data: Have I Been Pwned (haveibeenpwned.com), CC BY 4.0."))
        self.email_result.setPlainText("\n".join(lines))

    def _on_email_failed(self, error: BaseException) -> None:
        self.email_button.setEnabled(True)
        self.email_result.setPlainText(error_text(error))


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("PasswordsPage"), not one shared by every page.
Page = PasswordsPage
