"""Accounts & 2FA: each member's accounts, two-step verification, passkeys, recovery, and a practice authenticator.

The page only renders: what a site offers, the recommendation, the findings and the guided
setup texts all come from ``app.twofa`` / ``checks.twofa``; the practice authenticator is
``app.practice_totp``. Downloads, look-ups and the clock check run through ``ctx.tasks``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import practice_totp, presenters, twofa
from app.errors import UserFacingError
from app.services import twofa_directory as D
from app.storage.repos import Account, Member
from checks import twofa as T
from ui import i18n
from ui.context import UiContext
from ui.dialogs import confirm
from ui.pages.base import PageBase, error_text
from ui.widgets.grow import grow_to_contents
from ui.widgets.verdict import VerdictBanner

if TYPE_CHECKING:
    from app.core import Hearth

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

OK_MARK = "\u2714"  # heavy check mark
NO_MARK = "\u2716"  # heavy multiplication x
WARN_MARK = "\u26a0"  # warning sign


# Labels that come from checks.twofa and app.twofa in English, shown translated (lupdate reads this list).
_LABELS = (
    QT_TRANSLATE_NOOP("AccountsPage", "I don't know"),
    QT_TRANSLATE_NOOP("AccountsPage", "No two-step verification"),
    QT_TRANSLATE_NOOP("AccountsPage", "Passkey"),
    QT_TRANSLATE_NOOP("AccountsPage", "Security key"),
    QT_TRANSLATE_NOOP("AccountsPage", "Authenticator app (6-digit codes)"),
    QT_TRANSLATE_NOOP("AccountsPage", "Prompt in the company's own app"),
    QT_TRANSLATE_NOOP("AccountsPage", "The company's own code device"),
    QT_TRANSLATE_NOOP("AccountsPage", "Text message (SMS) code"),
    QT_TRANSLATE_NOOP("AccountsPage", "Phone call"),
    QT_TRANSLATE_NOOP("AccountsPage", "E-mail code"),
    QT_TRANSLATE_NOOP("AccountsPage", "Strongest"),
    QT_TRANSLATE_NOOP("AccountsPage", "Strong"),
    QT_TRANSLATE_NOOP("AccountsPage", "Better than nothing"),
    QT_TRANSLATE_NOOP("AccountsPage", "Weakest"),
    QT_TRANSLATE_NOOP("AccountsPage", "Yes"),
    QT_TRANSLATE_NOOP("AccountsPage", "No"),
)


def _label(text: str) -> str:
    """A method, tier or yes/no label from checks.twofa / app.twofa in the interface language."""
    return i18n.tr_or_guidance("AccountsPage", text)


_g = i18n.guidance  # a text from checks.twofa / app.twofa (sentences, steps) in the interface language


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(url: str | None, text: str | None = None) -> str:
    if not url or not url.lower().startswith(("https://", "http://")):
        return ""
    return f'<a href="{_esc(url)}">{_esc(text or url)}</a>'


def _items(lines: tuple[str, ...] | list[str], *, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{_linkify(line)}</li>" for line in lines) + f"</{tag}>"


def _linkify(text: str) -> str:
    """Escape a plain sentence and turn the http(s) addresses in it into links."""
    out = []
    for word in text.split(" "):
        stripped = word.rstrip(".,;)")
        tail = word[len(stripped):]
        if stripped.startswith(("https://", "http://")):
            out.append(_link(stripped) + _esc(tail))
        else:
            out.append(_esc(word))
    return " ".join(out)


def result_html(result: T.LookupResult, *, heading: bool = True) -> str:
    """The look-up result as rich text: the lines and words of app.presenters.lookup_view
    (the same as ``hearth twofa lookup``), with an icon beside each status word, and links."""
    v = presenters.lookup_view(result)
    parts: list[str] = []
    if heading:
        parts.append(f"<h3>{_esc(v.title)}</h3>")
    parts.append(f"<p>{_linkify(_g(v.summary))}</p>")
    if v.methods_heading is not None:
        rows = []
        for m in v.methods:
            mark = f"{OK_MARK if m.offered else NO_MARK} {_g(m.status)}"
            rec = " <b>\u2190 " + _esc(_g(v.recommended_word)) + "</b>" if m.recommended else ""
            rows.append(
                f"<tr><td>{_esc(mark)}</td><td><b>{_esc(_label(m.label))}</b>{rec}<br>"
                f"<small>{_esc(_label(m.tier_label))}. {_esc(_g(m.trade_off))}</small></td></tr>"
            )
        parts.append("<p><b>" + _esc(_g(v.methods_heading)) + "</b></p>")
        parts.append('<table cellspacing="4">' + "".join(rows) + "</table>")
    for line in (v.company_apps, v.company_devices):
        if line is not None:
            parts.append("<p>" + _esc(_g(line)) + "</p>")
    if v.passkeys:
        parts.append("<p><b>" + _esc(_g(v.passkeys_heading)) + "</b> " + _esc(" ".join(i18n.guidance_all(v.passkeys))) + "</p>")
    if v.passkey_notes:
        parts.append(f"<p>{_esc(v.passkey_notes)}</p>")
    links = [_link(url, _g(label)) for label, url in v.links]
    if links:
        parts.append("<p>" + " \u00b7 ".join(links) + "</p>")
    if v.note:
        parts.append("<p><b>" + _esc(_g(v.note_heading)) + f"</b> {_esc(v.note)}</p>")
    if v.advice:
        parts.append("<p><b>" + _esc(_g(v.advice_heading)) + "</b></p>" + _items(i18n.guidance_all(v.advice), ordered=True))
    if v.related is not None:
        parts.append("<p>" + _esc(_g(v.related)) + "</p>")
    return "".join(parts)


def guide_html(guide: T.SetupGuide) -> str:
    return (
        f"<h3>{_esc(_g(guide.title))}</h3>"
        "<p><b>" + _esc(translate("AccountsPage", "What you need")) + "</b></p>" + _items(i18n.guidance_all(guide.need))
        + "<p><b>" + _esc(translate("AccountsPage", "Step by step")) + "</b></p>"
        + _items(i18n.guidance_all(guide.steps), ordered=True)
        + ("<p><b>" + _esc(translate("AccountsPage", "What is a QR code?")) + f"</b> {_esc(_g(guide.qr_explainer))}</p>" if guide.method == "totp" else "")
        + "<p><b>" + _esc(translate("AccountsPage", "Recovery codes")) + "</b></p>" + _items(i18n.guidance_all(guide.recovery))
    )


class AccountDialog(QDialog):
    """Add or edit an account by hand. Saving goes through ``app.twofa.save_account``; problems show inline."""

    def __init__(self, save: Callable[[dict[str, str]], Account], account: Account | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Account | None = None
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("Add an account"))
        self.setModal(True)
        self.setMinimumWidth(480)
        form = QFormLayout()

        self.service = QLineEdit(account.service if account else "")
        self.service.setAccessibleName(self.tr("Service name"))
        self.service.setPlaceholderText(self.tr("For example: Gmail, My bank, Facebook"))
        self.site = QLineEdit(account.domain if account else "")
        self.site.setAccessibleName(self.tr("Website"))
        self.site.setPlaceholderText(self.tr("For example: gmail.com"))
        self.login = QLineEdit(account.login_hint if account else "")
        self.login.setAccessibleName(self.tr("Login hint"))
        self.login.setPlaceholderText(self.tr("A hint, like 'rose@…' (never a password)"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Two-step verification method used"))
        for key in T.ACCOUNT_METHODS:
            self.method.addItem(_label(T.METHOD_LABELS[key]), key)
        if account:
            i = self.method.findData(account.twofa_method)
            self.method.setCurrentIndex(max(i, 0))
        self.codes = QComboBox()
        self.codes.setAccessibleName(self.tr("Recovery codes saved"))
        for key in twofa.CODES_SAVED:
            self.codes.addItem(_label(twofa.CODES_SAVED_LABELS[key]), key)
        self.where = QLineEdit()
        self.where.setAccessibleName(self.tr("Where the recovery codes are"))
        self.where.setPlaceholderText(self.tr("For example: printed, in the safe (never the codes themselves)"))
        if account:
            self.codes.setCurrentIndex(max(self.codes.findData(account.recovery_set.get("codes_saved", "unknown")), 0))
            self.where.setText(str(account.recovery_set.get("where", "")))

        for text, widget in (
            (self.tr("&Service:"), self.service),
            (self.tr("&Website:"), self.site),
            (self.tr("&Login hint:"), self.login),
            (self.tr("&Two-step method used:"), self.method),
            (self.tr("&Recovery codes saved:"), self.codes),
            (self.tr("Where &kept:"), self.where),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save the account"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "service": self.service.text(),
            "domain": self.site.text(),
            "login_hint": self.login.text(),
            "twofa_method": str(self.method.currentData()),
            "codes_saved": str(self.codes.currentData()),
            "where": self.where.text(),
        }

    def _on_save(self) -> None:
        try:
            self.saved = self._save(self.values())
        except UserFacingError as exc:
            self.error.setText(f"{WARN_MARK} {error_text(exc)}")
            self.error.show()
            return
        self.accept()


class AccountsPage(PageBase):
    """Accounts & 2FA."""

    AREA = "accounts"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Accounts and two-step verification"))
        self._views: list[twofa.AccountView] = []
        self._lookup_result: T.LookupResult | None = None
        self._practice: practice_totp.PracticeSession | None = None
        self._directory_task: Any = None
        self._refresh_started = False

        # The main window puts every page in a scroll area; the page lays out directly on itself.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self.heading(self.tr("Accounts & two-step verification")))
        layout.addWidget(
            self.paragraph(
                self.tr(
                    "Two-step verification (2FA) means a password alone is not enough to get into an account: "
                    "the site also asks for a code, a tap, or a passkey. Start with e-mail, then banks."
                )
            )
        )

        # Directory status
        row = QHBoxLayout()
        self.directory_label = QLabel(self.tr("Checking Hearth's copy of the 2FA directory…"))
        self.directory_label.setWordWrap(True)
        self.directory_label.setAccessibleName(self.tr("2FA directory status"))
        row.addWidget(self.directory_label, 1)
        self.update_button = QPushButton(self.tr("&Update the directory"))
        self.update_button.setAccessibleName(self.tr("Download the latest 2FA directory"))
        self.update_button.clicked.connect(lambda: self.update_directory(force=True))
        row.addWidget(self.update_button)
        self.cancel_update = QPushButton(self.tr("Cancel"))
        self.cancel_update.setAccessibleName(self.tr("Cancel the download"))
        self.cancel_update.clicked.connect(self._on_cancel_update)
        self.cancel_update.hide()
        row.addWidget(self.cancel_update)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        layout.addWidget(self.progress)

        # Coverage
        cov = QGroupBox(self.tr("Household coverage"))
        cl = QVBoxLayout(cov)
        self.coverage_label = QLabel("")
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.coverage_label.setAccessibleName(self.tr("Household two-step verification coverage"))
        cl.addWidget(self.coverage_label)
        layout.addWidget(cov)

        # Accounts
        self.accounts_box = QGroupBox(self.tr("Accounts"))
        al = QVBoxLayout(self.accounts_box)
        self.no_member = self.paragraph(self.tr("Choose a family member at the top, or add one on the Home page first."))
        al.addWidget(self.no_member)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Accounts of the selected member"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Website"), self.tr("2FA used"), self.tr("Recovery codes"), self.tr("Hearth recommends")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_account())
        al.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an account"))
        self.add_button.setAccessibleName(self.tr("Add an account"))
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected account"))
        self.edit_button.clicked.connect(self.edit_account)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected account"))
        self.remove_button.clicked.connect(self.remove_account)
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        al.addLayout(buttons)
        self.account_detail = QTextBrowser()
        self.account_detail.setAccessibleName(self.tr("What the selected account's site offers"))
        self.account_detail.setOpenExternalLinks(True)
        self.account_detail.setMinimumHeight(220)
        al.addWidget(grow_to_contents(self.account_detail))  # no scrolling box inside the scrolling page
        layout.addWidget(self.accounts_box)

        # Look-up
        look = QGroupBox(self.tr("Look up a website"))
        ll = QVBoxLayout(look)
        lrow = QHBoxLayout()
        label = QLabel(self.tr("&Website:"))
        self.site_input = QLineEdit()
        self.site_input.setAccessibleName(self.tr("Website to look up"))
        self.site_input.setPlaceholderText(self.tr("For example: github.com (you can paste a web address)"))
        self.site_input.returnPressed.connect(self.look_up)
        label.setBuddy(self.site_input)
        self.lookup_button = QPushButton(self.tr("&Look up"))
        self.lookup_button.setProperty("primary", True)
        self.lookup_button.setAccessibleName(self.tr("Look up the website"))
        self.lookup_button.clicked.connect(self.look_up)
        lrow.addWidget(label)
        lrow.addWidget(self.site_input, 1)
        lrow.addWidget(self.lookup_button)
        ll.addLayout(lrow)
        ll.addWidget(
            self.paragraph(
                self.tr("The look-up happens on this computer: Hearth keeps a copy of the public 2FA directory, so the site you type is not sent anywhere.")
            )
        )
        self.lookup_verdict = VerdictBanner()  # the answer at a glance, above the details
        self.lookup_verdict.hide()
        ll.addWidget(self.lookup_verdict)
        self.lookup_output = QTextBrowser()
        self.lookup_output.setAccessibleName(self.tr("Look-up result"))
        self.lookup_output.setOpenExternalLinks(True)
        self.lookup_output.setMinimumHeight(300)
        self.lookup_output.hide()
        ll.addWidget(grow_to_contents(self.lookup_output))
        layout.addWidget(look)

        # Guided setup
        guide = QGroupBox(self.tr("Step-by-step setup"))
        gl = QVBoxLayout(guide)
        grow = QHBoxLayout()
        glabel = QLabel(self.tr("&Method:"))
        self.guide_method = QComboBox()
        self.guide_method.setAccessibleName(self.tr("Method to set up"))
        for key in T.METHODS:
            self.guide_method.addItem(_label(T.METHOD_LABELS[key]), key)
        self.guide_method.setCurrentIndex(self.guide_method.findData("totp"))
        self.guide_method.currentIndexChanged.connect(lambda _i: self._render_guide())
        glabel.setBuddy(self.guide_method)
        grow.addWidget(glabel)
        grow.addWidget(self.guide_method, 1)
        gl.addLayout(grow)
        self.guide_site = QLabel("")
        self.guide_site.setWordWrap(True)
        self.guide_site.setAccessibleName(self.tr("Site the steps are for"))
        gl.addWidget(self.guide_site)
        self.guide_output = QTextBrowser()
        self.guide_output.setAccessibleName(self.tr("Setup steps"))
        self.guide_output.setOpenExternalLinks(True)
        self.guide_output.setMinimumHeight(260)
        gl.addWidget(grow_to_contents(self.guide_output))
        layout.addWidget(guide)

        # Practice authenticator
        practice = QGroupBox(self.tr("Practice authenticator"))
        pl = QVBoxLayout(practice)
        pl.addWidget(
            self.paragraph(
                self.tr(
                    "Try an authenticator app with no risk. Hearth makes a throw-away practice account: scan its QR "
                    "code with the app on your phone, then type the 6 digits the app shows. Nothing here is saved."
                )
            )
        )
        self.practice_start = QPushButton(self.tr("&Start practice"))
        self.practice_start.setAccessibleName(self.tr("Start the practice authenticator"))
        self.practice_start.clicked.connect(self.start_practice)
        prow = QHBoxLayout()
        prow.addWidget(self.practice_start)
        prow.addStretch(1)
        pl.addLayout(prow)
        self.practice_panel = QWidget()
        pp = QVBoxLayout(self.practice_panel)
        pp.setContentsMargins(0, 0, 0, 0)
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName(self.tr("QR code for the practice account"))
        self.qr_label.setAccessibleDescription(self.tr("Scan it with your authenticator app, or type the key shown below it."))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        pp.addWidget(self.qr_label)
        self.secret_label = QLabel("")
        self.secret_label.setWordWrap(True)
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.secret_label.setAccessibleName(self.tr("Practice key to type if you cannot scan"))
        pp.addWidget(self.secret_label)
        crow = QHBoxLayout()
        clabel = QLabel(self.tr("6-digit &code:"))
        self.code_input = QLineEdit()
        self.code_input.setAccessibleName(self.tr("6-digit code from your app"))
        self.code_input.setMaxLength(20)
        self.code_input.setPlaceholderText("123 456")
        self.code_input.returnPressed.connect(self.check_code)
        clabel.setBuddy(self.code_input)
        self.check_button = QPushButton(self.tr("C&heck code"))
        self.check_button.setAccessibleName(self.tr("Check code"))
        self.check_button.clicked.connect(self.check_code)
        crow.addWidget(clabel)
        crow.addWidget(self.code_input)
        crow.addWidget(self.check_button)
        crow.addStretch(1)
        pp.addLayout(crow)
        self.practice_result = QLabel("")
        self.practice_result.setWordWrap(True)
        self.practice_result.setAccessibleName(self.tr("Practice result"))
        pp.addWidget(self.practice_result)
        self.clock_button = QPushButton(self.tr("Check this computer's c&lock"))
        self.clock_button.setAccessibleName(self.tr("Check this computer's clock"))
        self.clock_button.clicked.connect(self.check_clock)
        self.clock_button.hide()
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock_button)
        clock_row.addStretch(1)
        pp.addLayout(clock_row)
        self.clock_result = QLabel("")
        self.clock_result.setWordWrap(True)
        self.clock_result.setAccessibleName(self.tr("Clock check result"))
        pp.addWidget(self.clock_result)
        self.practice_panel.hide()
        pl.addWidget(self.practice_panel)
        layout.addWidget(practice)

        layout.addWidget(self.paragraph(_g(twofa.ATTRIBUTION) + "."))
        layout.addStretch(1)

        self._render_guide()
        self.on_member_changed(ctx.current_member())

    # -- life cycle ----------------------------------------------------------------------

    def on_shown(self) -> None:
        self.reload()
        if not self._refresh_started:
            self._refresh_started = True
            self.update_directory(force=False)

    def on_member_changed(self, member: Member | None) -> None:
        self.accounts_box.setTitle(self.tr("Accounts of %1").replace("%1", member.name) if member else self.tr("Accounts"))
        has = member is not None
        self.no_member.setVisible(not has)
        for w in (self.table, self.add_button, self.edit_button, self.remove_button, self.account_detail):
            w.setVisible(has)
        # The previous member's accounts go at once, not when the new ones have loaded.
        self._views = []
        self.table.setRowCount(0)
        self._on_table_selection_changed()
        self.reload()

    # -- directory -------------------------------------------------------------------------

    def update_directory(self, *, force: bool = False) -> None:
        hearth = self.ctx.hearth
        if self._directory_task is not None:
            return
        if not force and (hearth.is_offline() or not D.is_due(hearth)):
            self._show_directory_status(twofa.directory_status(hearth, quick=True))
            return
        self.update_button.setEnabled(False)
        self.cancel_update.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.directory_label.setText(self.tr("Downloading the 2FA directory…"))
        self._directory_task = self.ctx.tasks.run(
            twofa.ensure_directory,
            hearth,
            force=force,
            on_finished=self._on_directory_done,
            on_failed=self._on_directory_failed,
            on_progress=self._on_directory_progress,
            owner=self,
        )

    def _end_directory_task(self) -> None:
        self._directory_task = None
        self.update_button.setEnabled(True)
        self.cancel_update.hide()
        self.progress.hide()

    def _on_cancel_update(self) -> None:
        if self._directory_task is not None:
            self._directory_task.cancel()
        self._end_directory_task()
        self._show_directory_status(twofa.directory_status(self.ctx.hearth, quick=True), extra=self.tr("Download cancelled."))

    def _on_directory_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(_g(text))

    def _on_directory_done(self, status: D.DirectoryStatus) -> None:
        self._end_directory_task()
        self._show_directory_status(status, extra=" ".join(i18n.guidance_all(status.messages)))
        self.reload()

    def _on_directory_failed(self, error: BaseException) -> None:
        self._end_directory_task()
        self._show_directory_status(twofa.directory_status(self.ctx.hearth, quick=True), extra=f"{WARN_MARK} {error_text(error)}")

    def _show_directory_status(self, status: D.DirectoryStatus, extra: str = "") -> None:
        text = _g(D.describe_status(status))
        if not status.available:
            text = f"{WARN_MARK} " + text + " " + self.tr("Look-ups need it once; after that they work offline.")
        self.directory_label.setText(f"{text} {extra}".strip())

    # -- accounts --------------------------------------------------------------------------

    def reload(self) -> None:
        member = self.ctx.current_member()
        self.ctx.tasks.run(_load_page_data, self.ctx.hearth, member.id if member else None, on_finished=self._on_loaded, on_failed=self._on_load_failed, owner=self)

    def _on_load_failed(self, error: BaseException) -> None:
        self.coverage_label.setText(f"{WARN_MARK} {error_text(error)}")

    def _on_loaded(self, data: tuple[list[twofa.AccountView], T.HouseholdCoverage, int | None]) -> None:
        views, coverage, member_id = data
        member = self.ctx.current_member()
        if (member.id if member else None) != member_id:
            return  # the selection changed while loading
        lines = i18n.guidance_all([coverage.sentence] + [m.sentence for m in coverage.members])
        self.coverage_label.setText("\n".join(lines))
        selected = self.selected_account()
        self._views = views
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            a = view.account
            method = a.twofa_method or "unknown"
            if method in T.ON_METHODS:
                used = f"{OK_MARK} {_label(T.method_label(method))}"
            elif method == "none":
                used = f"{NO_MARK} {_label(T.method_label(method))}"
            else:
                used = f"? {_label(T.method_label(method))}"
            codes = {
                "yes": f"{OK_MARK} " + self.tr("Saved"),
                "no": f"{NO_MARK} " + self.tr("Not saved"),
                "unknown": "? " + self.tr("Not sure"),
            }[view.codes_saved]
            if view.codes_where:
                codes += f" ({view.codes_where})"
            rec = view.result.recommended if view.result else None
            rec_text = (
                _label(T.method_label(rec))
                if rec
                else (self.tr("No 2FA offered") if view.result and view.result.matched else self.tr("Unknown site"))
            )
            if view.findings:
                rec_text = f"{WARN_MARK} {rec_text}"
            for col, text in enumerate((a.service, a.domain, used, codes, rec_text)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(row, col, item)
        if selected is not None:
            for row, view in enumerate(views):
                if view.account.id == selected.id:
                    self.table.selectRow(row)
                    break
        self._on_table_selection_changed()

    def selected_view(self) -> twofa.AccountView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self._views[row] if 0 <= row < len(self._views) else None

    def selected_account(self) -> Account | None:
        view = self.selected_view()
        return view.account if view else None

    def _on_table_selection_changed(self) -> None:
        view = self.selected_view()
        self.edit_button.setEnabled(view is not None)
        self.remove_button.setEnabled(view is not None)
        if view is None:
            self.account_detail.setHtml(
                "<p>" + _esc(self.tr("Select an account to see which ways of two-step verification its site offers.")) + "</p>"
                if self._views
                else "<p>" + _esc(self.tr("No accounts yet. Press \u201cAdd an account\u201d and start with e-mail.")) + "</p>"
            )
            return
        a = view.account
        parts = [f"<h3>{_esc(a.service)}</h3>"]
        parts.append("<p>" + self.tr("You use: {method}. Recovery codes saved: {codes}").format(
                     method=f"<b>{_esc(_label(T.method_label(a.twofa_method)))}</b>",
                     codes=f"<b>{_esc(_label(twofa.CODES_SAVED_LABELS[view.codes_saved]))}</b>")
                     + (f" ({_esc(view.codes_where)})" if view.codes_where else "") + ".</p>")
        for f in view.findings:
            parts.append(
                f"<p><b>{WARN_MARK} {_esc(i18n.word(f.severity.label))}: {_esc(_g(f.title))}</b><br>{_esc(_g(f.why))}</p>"
                + _items(i18n.guidance_all(f.fix), ordered=True)
            )
        if view.result is not None:
            parts.append(result_html(view.result, heading=False))
        else:
            parts.append("<p>" + _esc(self.tr("Add the website (like gmail.com) to see what this account offers.")) + "</p>")
        self.account_detail.setHtml("".join(parts))
        if view.result is not None and view.result.matched:
            self._set_guide_site(view.result)

    def _save_account(self, values: dict[str, str], account_id: int | None) -> Account:
        member = self.ctx.current_member()
        if member is None:
            raise UserFacingError(self.tr("Please choose a family member first."))
        return twofa.save_account(self.ctx.hearth, member.id, account_id=account_id, **values)

    def _run_dialog(self, dialog: AccountDialog) -> bool:
        dialog.exec()
        return dialog.saved is not None

    def add_account(self) -> None:
        if self.ctx.current_member() is None:
            return
        dialog = AccountDialog(lambda v: self._save_account(v, None), None, self)
        if self._run_dialog(dialog):
            self.reload()

    def edit_account(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        dialog = AccountDialog(lambda v: self._save_account(v, account.id), account, self)
        if self._run_dialog(dialog):
            self.reload()

    def remove_account(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        if confirm(
            self,
            self.tr("Remove this account?"),
            self.tr("Hearth will forget %1 and what it noted about it. The account itself is not touched.").replace("%1", account.service),
            yes=self.tr("Remove"),
            no=self.tr("Keep"),
        ):
            twofa.remove_account(self.ctx.hearth, account.id)
            self.reload()

    # -- look-up ---------------------------------------------------------------------------

    def look_up(self) -> None:
        text = self.site_input.text()
        try:
            twofa.check_site(text)
        except UserFacingError as exc:
            self._show_lookup_text(f"{WARN_MARK} {error_text(exc)}")
            return
        self.lookup_button.setEnabled(False)
        self._show_lookup_text(self.tr("Looking up %1…").replace("%1", text.strip()))
        self.ctx.tasks.run(twofa.lookup, self.ctx.hearth, text, on_finished=self._on_lookup_done, on_failed=self._on_lookup_failed, owner=self)

    def _show_lookup_text(self, text: str) -> None:
        self.lookup_verdict.hide()
        self.lookup_output.setPlainText(text)
        self.lookup_output.show()

    def _on_lookup_done(self, result: T.LookupResult) -> None:
        self.lookup_button.setEnabled(True)
        self._lookup_result = result
        site = result.name or result.matched_domain or result.display_domain
        if result.matched and result.has_2fa:
            self.lookup_verdict.set_verdict("ok", self.tr("%1 offers two-step verification").replace("%1", site))
        elif result.matched:
            self.lookup_verdict.set_verdict("warning", self.tr("%1 does not offer two-step verification").replace("%1", site))
        else:
            self.lookup_verdict.set_verdict("info", self.tr("%1 is not in Hearth's list of sites yet").replace("%1", site))
        self.lookup_verdict.show()
        self.lookup_output.setHtml(result_html(result))
        self.lookup_output.show()
        self._set_guide_site(result)
        self._show_directory_status(twofa.directory_status(self.ctx.hearth, quick=True))

    def _on_lookup_failed(self, error: BaseException) -> None:
        self.lookup_button.setEnabled(True)
        self._show_lookup_text(f"{WARN_MARK} {error_text(error)}")

    # -- guided setup ----------------------------------------------------------------------

    def _set_guide_site(self, result: T.LookupResult) -> None:
        self._lookup_result = result
        if result.recommended:
            i = self.guide_method.findData(result.recommended)
            if i >= 0 and i != self.guide_method.currentIndex():
                self.guide_method.setCurrentIndex(i)  # re-renders
                return
        self._render_guide()

    def _render_guide(self) -> None:
        method = str(self.guide_method.currentData())
        result = self._lookup_result if self._lookup_result is not None and self._lookup_result.matched else None
        guide = T.setup_guide(method, result)
        if result is not None:
            offered = method in result.offered
            site = result.name or result.display_domain
            self.guide_site.setText(
                (f"{OK_MARK} " + self.tr("%1 offers this.") if offered else f"{NO_MARK} " + self.tr("%1 does not list this method."))
                .replace("%1", site)
            )
        else:
            self.guide_site.setText(self.tr("General steps. Look up a site (or select an account) for its own instructions."))
        self.guide_output.setHtml(guide_html(guide))

    # -- practice authenticator ------------------------------------------------------------

    def start_practice(self) -> None:
        self._practice = practice_totp.PracticeSession()
        image = QImage.fromData(self._practice.qr_png(scale=6), "PNG")
        self.qr_label.setPixmap(QPixmap.fromImage(image))
        self.secret_label.setText(
            self.tr("Cannot scan? In the app, choose to type a key and enter: %1 (account name: Hearth practice).").replace(
                "%1", self._practice.secret_for_typing
            )
        )
        self.code_input.clear()
        self.practice_result.setText(self.tr("Scan the code, then type the 6 digits your app shows and press \u201cCheck code\u201d."))
        self.clock_button.hide()
        self.clock_result.clear()
        self.practice_start.setText(self.tr("&Start again with a new code"))
        self.practice_panel.show()
        self.code_input.setFocus()

    def check_code(self) -> None:
        if self._practice is None:
            return
        result = self._practice.check(self.code_input.text())
        mark = {"ok": OK_MARK, "wrong": NO_MARK, "invalid": WARN_MARK}[result.status]
        word = {"ok": self.tr("It works."), "wrong": self.tr("Not a match."), "invalid": self.tr("Check what you typed.")}[result.status]
        self.practice_result.setText(f"{mark} {word} {_g(result.message)}")
        self.clock_button.setVisible(result.suggest_clock_check)
        if result.ok:
            self.code_input.clear()

    def check_clock(self) -> None:
        self.clock_button.setEnabled(False)
        self.clock_result.setText(self.tr("Comparing this computer's clock with the internet time…"))
        self.ctx.tasks.run(practice_totp.check_clock, self.ctx.hearth, on_finished=self._on_clock_done, on_failed=self._on_clock_failed, owner=self)

    def _on_clock_done(self, report: practice_totp.ClockReport) -> None:
        self.clock_button.setEnabled(True)
        mark = WARN_MARK if (report.drift_is_a_problem or not report.checked) else OK_MARK
        self.clock_result.setText(f"{mark} {_g(report.message)}")

    def _on_clock_failed(self, error: BaseException) -> None:
        self.clock_button.setEnabled(True)
        self.clock_result.setText(f"{WARN_MARK} {error_text(error)}")


def _load_page_data(hearth: Hearth, member_id: int | None) -> tuple[list[twofa.AccountView], T.HouseholdCoverage, int | None]:
    """Worker: the member's accounts with directory info, and the household coverage (no network)."""
    views = twofa.account_views(hearth, member_id) if member_id is not None else []
    return views, twofa.coverage(hearth), member_id


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("AccountsPage"), not one shared by every page.
Page = AccountsPage
