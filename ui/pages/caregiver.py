"""Caregiver: follow a relative at a distance, share with a caregiver at a distance, and a
caregiver inside this household (issue 18; the household part moved here from Reports, issue 14 §6).

Everything is decided by ``app`` (``app.care.remote``, ``app.caregiver``); the work that touches
the keyring, the folder or the code (Argon2id) runs off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.care import remote
from app.caregiver import SCOPE_LABELS, SCOPES, CareLinks, caregiver_view, scopes_text
from app.errors import UserFacingError
from app.storage.repos import Member
from ui import dialogs
from ui.context import UiContext
from ui.i18n import guidance
from ui.pages.base import PageBase, error_text, wrapping
from ui.widgets.dashboard import verdict_text
from ui.widgets.flow import FlowLayout

log = logging.getLogger(__name__)

#: Tests pre-answer the folder dialog here.
NEXT_FOLDER: list[str | None] = []
SYNC_EVERY_MS = 5 * 60 * 1000


def _label(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def _set(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)


class CaregiverPage(PageBase):
    AREA = "caregiver"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Any = None
        self.last_alert = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(self.heading(self.tr("Caregiver")))
        layout.addWidget(self.paragraph(self.tr(
            "Follow a relative's security from your own home, or let someone you trust follow yours. Hearth has "
            "no cloud: the two computers pass small locked files through a folder both of them see (Syncthing, "
            "Dropbox, OneDrive, iCloud Drive, Google Drive, or a USB stick carried over). Only what the relative "
            "chooses is shared, and they can stop at any time.")))
        self.status = _label(selectable=True)
        self.status.setObjectName("status")
        layout.addWidget(self.status)

        self._build_follow(layout)
        self._build_share(layout)
        self._build_household(layout)
        layout.addStretch(1)

        ctx.members_changed.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self._auto_sync)
        self.timer.start()
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _folder_row(self, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label.replace("&", ""))
        choose = self.button(self.tr("Choose…"), lambda: self._choose_folder(edit))
        choose.setAccessibleName(self.tr("Choose the shared folder"))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(choose)
        text = QLabel(label)
        text.setBuddy(edit)
        form.addRow(text, row)
        return edit

    def _build_follow(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.heading(self.tr("Follow a relative at a distance"), level=2))
        layout.addWidget(self.paragraph(self.tr(
            "1. Choose a folder both computers see. 2. Make an invitation. 3. Read the code to your relative on "
            "the phone; they type it in their Hearth and choose what to share.")))
        form = QFormLayout()
        self.carer_name = QLineEdit()
        self.carer_name.setAccessibleName(self.tr("Your name, as your relative will see it"))
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.carer_name)
        form.addRow(name_label, self.carer_name)
        self.invite_folder = self._folder_row(form, self.tr("Shared &folder:"))
        layout.addLayout(form)
        buttons = FlowLayout()
        self.invite_button = self.button(self.tr("Make an invitation"), self.make_invitation)
        self.sync_button = self.button(self.tr("Check the shared folder now"), self.sync)
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.code_label = _label(selectable=True)
        self.code_label.setObjectName("h2")
        layout.addWidget(self.code_label)
        self.followed_box = QVBoxLayout()
        layout.addLayout(self.followed_box)

    def _build_share(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.heading(self.tr("Share with a caregiver at a distance"), level=2))
        layout.addWidget(self.paragraph(self.tr(
            "Your caregiver makes an invitation and reads you a code. Type it here and choose what they may see. "
            "Nothing else leaves this computer, and passwords, codes and logins never do.")))
        form = QFormLayout()
        self.share_member = QComboBox()
        self.share_member.setAccessibleName(self.tr("Who shares"))
        who = QLabel(self.tr("&Who shares:"))
        who.setBuddy(self.share_member)
        form.addRow(who, self.share_member)
        self.share_folder = self._folder_row(form, self.tr("Shared f&older:"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("0000-0000-0000")
        self.code_edit.setAccessibleName(self.tr("The code your caregiver read to you"))
        code = QLabel(self.tr("&Code:"))
        code.setBuddy(self.code_edit)
        form.addRow(code, self.code_edit)
        layout.addLayout(form)
        layout.addWidget(self.paragraph(self.tr("What may your caregiver see? Tick each one you agree to.")))
        self.share_scopes: dict[str, QCheckBox] = {}
        for scope in SCOPES:
            box = QCheckBox(self.tr("Share {what}").format(what=guidance(SCOPE_LABELS[scope])))
            box.setChecked(False)  # consent is a choice, never pre-ticked
            box.setAccessibleName(box.text())
            box.toggled.connect(self._read_back)
            self.share_scopes[scope] = box
            layout.addWidget(wrapping(box))
        self.share_member.currentIndexChanged.connect(self._read_back)
        self.code_edit.textChanged.connect(self._read_back)
        self.read_back = _label()
        layout.addWidget(self.read_back)
        row = FlowLayout()
        self.accept_button = self.button(self.tr("I agree: start sharing"), self.accept)
        self.accept_button.setEnabled(False)
        row.addWidget(self.accept_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.shares_box = QVBoxLayout()
        layout.addLayout(self.shares_box)

    def _build_household(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.heading(self.tr("A caregiver in this household"), level=2))
        layout.addWidget(self.paragraph(self.tr(
            "When the caregiver uses this same computer: they can see what the selected person agrees to, and "
            "nothing else. The person can withdraw it at any time.")))
        care_row = QHBoxLayout()
        care_label = QLabel(self.tr("Cared for by:"))
        self.caregiver = QComboBox()
        self.caregiver.setAccessibleName(self.tr("Caregiver"))
        care_label.setBuddy(self.caregiver)
        care_row.addWidget(care_label)
        care_row.addWidget(self.caregiver, 1)
        layout.addLayout(care_row)
        self.scope_boxes: dict[str, QCheckBox] = {}
        for scope in SCOPES:
            box = QCheckBox(self.tr("May see {what}").format(what=guidance(SCOPE_LABELS[scope])))
            box.setChecked(False)
            box.setAccessibleName(box.text())
            self.scope_boxes[scope] = box
            layout.addWidget(wrapping(box))
        care_buttons = FlowLayout()
        self.grant_button = self.button(self.tr("Record consent"), self.grant)
        self.withdraw_button = self.button(self.tr("Withdraw consent"), self.withdraw_local)
        care_buttons.addWidget(self.grant_button)
        care_buttons.addWidget(self.withdraw_button)
        care_buttons.addStretch(1)
        layout.addLayout(care_buttons)
        self.consent_label = _label(selectable=True)
        layout.addWidget(self.consent_label)
        self.looks_after_box = QVBoxLayout()
        layout.addLayout(self.looks_after_box)

    # -- helpers -----------------------------------------------------------------------------

    def when(self, text: str | None) -> str:
        """A stored time in the reader's own form and time zone ("7 December 2026, 14:05")."""
        try:
            moment = dt.datetime.fromisoformat(text or "")
        except ValueError:
            return self.tr("unknown")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        utc = moment.astimezone(dt.UTC)
        q = QDateTime.fromSecsSinceEpoch(int(utc.timestamp()), QTimeZone.utc()).toLocalTime()
        return QLocale().toString(q, self.tr("d MMMM yyyy, HH:mm", "date and time of a caregiver update"))

    def _choose_folder(self, edit: QLineEdit) -> None:
        if NEXT_FOLDER:
            path = NEXT_FOLDER.pop(0)
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), edit.text())
        if path:
            edit.setText(path)

    def _run(self, fn: Any, *args: Any, done: Any) -> None:
        self.status.setText(self.tr("Working…"))

        def finished(result: Any) -> None:
            self.task = None
            self.status.setText("")
            done(result)

        def failed(error: BaseException) -> None:
            self.task = None
            _set(self.status, error_text(error))
            if not isinstance(error, UserFacingError):
                self.show_error(error)

        self.task = self.ctx.tasks.run(fn, *args, on_finished=finished, on_failed=failed, owner=self)

    @staticmethod
    def _clear(box: QVBoxLayout) -> None:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    # -- data --------------------------------------------------------------------------------

    def on_member_changed(self, member: Member | None) -> None:  # noqa: ARG002
        self.status.setText("")  # a status line belongs to the member it was about
        self.reload()

    def on_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        hearth = self.ctx.hearth
        members = hearth.members.list()
        current = self.share_member.currentData()
        self.share_member.blockSignals(True)
        self.share_member.clear()
        for m in members:
            self.share_member.addItem(m.name, m.id)
        selected = self.ctx.current_member()
        want = current if current is not None else (selected.id if selected else None)
        if want is not None and self.share_member.findData(want) >= 0:
            self.share_member.setCurrentIndex(self.share_member.findData(want))
        self.share_member.blockSignals(False)
        self._read_back()
        self._reload_followed()
        self._reload_shares()
        self._reload_household(selected, members)

    def _read_back(self) -> None:
        """The consent in plain words, as the person is about to give it."""
        chosen = [s for s, b in self.share_scopes.items() if b.isChecked()]
        name = self.share_member.currentText()
        if not name:
            _set(self.read_back, self.tr("Add the person who shares in Settings first."))
        elif not chosen:
            _set(self.read_back, self.tr("Nothing is ticked, so nothing would be shared."))
        else:
            _set(self.read_back, self.tr(
                "{name} will share {what} with the caregiver who made the invitation, and can stop at any time."
            ).format(name=name, what=guidance(scopes_text(chosen))))
        self.accept_button.setEnabled(bool(name and chosen and self.code_edit.text().strip()))

    def _reload_followed(self) -> None:
        self._clear(self.followed_box)
        for view in remote.views(self.ctx.hearth):
            self.followed_box.addWidget(self._followed_card(view))

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(title)
        inner = QVBoxLayout(card)
        heading = self.heading(title, level=2)
        inner.addWidget(heading)
        return card, inner

    def _followed_card(self, view: remote.RemoteView) -> QFrame:
        name = view.link.member
        card, inner = self._card(name)
        inner.addWidget(_label(guidance(view.link.consent_sentence)))
        if not view.updated_at:
            inner.addWidget(_label(self.tr("No update has arrived yet.")))
        else:
            inner.addWidget(_label(self.tr("Updated {when}").format(when=self.when(view.updated_at))))
        findings = view.findings
        if findings is not None:
            if not findings.get("checked"):
                inner.addWidget(_label(self.tr("No checkup yet.")))
            else:
                inner.addWidget(_label(self.tr("Security score: {n} out of 100").format(n=findings.get("score"))))
            todo = view.todo
            inner.addWidget(_label(self.tr("To do (%n):", "", len(todo))))
            for t in todo:
                mark = "⚠ " if t["urgent"] else "• "
                account = str(t.get("account") or "")
                title = guidance(t["title"])
                line = f"{mark}{account + ': ' if account else ''}{title} ({guidance(t['severity_label'])})"
                item = _label(line, selectable=True)
                item.setToolTip("\n".join(guidance(s) for s in t["fix"]))
                inner.addWidget(item)
        if "scam_checks" in view.snapshot:
            checks = view.scam_checks
            inner.addWidget(_label(self.tr("Scam checks (%n):", "", len(checks))))
            for c in checks[:5]:
                inner.addWidget(_label(self.tr("{when}: {verdict}. “{excerpt}”").format(
                    when=self.when(c.get("at")), verdict=verdict_text(str(c["shown"])),
                    excerpt=guidance(c["excerpt"])), selectable=True))
        report = view.report
        if report is not None and report["fixed"]:
            inner.addWidget(_label(self.tr("Fixed lately: {items}").format(
                items="; ".join(guidance(t) for t in report["fixed"]))))
        for at, text in view.sent_nudges[:3]:
            inner.addWidget(_label(self.tr("You suggested on {when}: {text}").format(when=self.when(at), text=text)))
        row = QHBoxLayout()
        edit = QLineEdit()
        edit.setAccessibleName(self.tr("A suggestion for {name}").format(name=name))
        edit.setPlaceholderText(self.tr("Please do this…"))
        send = self.button(self.tr("Send suggestion"), lambda: self.send_nudge(name, edit))
        send.setAccessibleName(self.tr("Send a suggestion to {name}").format(name=name))
        row.addWidget(edit, 1)
        row.addWidget(send)
        inner.addLayout(row)
        return card

    def _reload_shares(self) -> None:
        self._clear(self.shares_box)
        hearth = self.ctx.hearth
        for link in [lk for lk in remote.links(hearth) if lk.side == "relative"]:
            card, inner = self._card(self.tr("{name} shares with {caregiver}").format(
                name=link.member, caregiver=link.caregiver))
            inner.addWidget(_label(guidance(link.consent_sentence)))
            row = FlowLayout()
            publish = self.button(self.tr("Send an update now"), lambda _=False, lk=link: self.publish(lk))
            publish.setAccessibleName(self.tr("Send an update to {caregiver} now").format(caregiver=link.caregiver))
            stop = self.button(self.tr("Stop sharing"), lambda _=False, lk=link: self.stop_sharing(lk))
            stop.setAccessibleName(self.tr("Stop sharing with {caregiver}").format(caregiver=link.caregiver))
            row.addWidget(publish)
            row.addWidget(stop)
            row.addStretch(1)
            inner.addLayout(row)
            self.shares_box.addWidget(card)
        for n in remote.nudges_for(hearth):
            card, inner = self._card(self.tr("A suggestion from {caregiver}").format(caregiver=n.caregiver))
            inner.addWidget(_label(n.text, selectable=True))
            inner.addWidget(_label(self.tr("For {name}, {when}. It is only a suggestion: you decide.").format(
                name=n.member, when=self.when(n.at))))
            done = self.button(self.tr("Set aside"), lambda _=False, i=n.id: self.dismiss(i))
            inner.addWidget(done)
            self.shares_box.addWidget(card)

    def _reload_household(self, member: Member | None, members: list[Member]) -> None:
        self.caregiver.clear()
        others = [m for m in members if member is None or m.id != member.id]
        for m in others:
            self.caregiver.addItem(m.name, m.id)
        enabled = member is not None and bool(others)
        for w in (self.caregiver, self.grant_button, self.withdraw_button, *self.scope_boxes.values()):
            w.setEnabled(enabled)
        self._clear(self.looks_after_box)
        if member is None:
            _set(self.consent_label, self.tr("Choose a person at the top left first."))
            return
        links = CareLinks(self.ctx.hearth).caregivers_of(member.id, include_withdrawn=True)
        _set(self.consent_label, "\n".join(guidance(lk.consent_sentence) for lk in links)
             or self.tr("No caregiver recorded for {name}.").format(name=member.name))
        active = next((lk for lk in links if lk.active), None)
        if active is not None:
            self.caregiver.setCurrentIndex(self.caregiver.findData(active.caregiver_id))
        for scope, box in self.scope_boxes.items():
            box.setChecked(active is not None and scope in active.scopes)
        for v in caregiver_view(self.ctx.hearth, member.id):
            card, inner = self._card(self.tr("{name} looks after {person}").format(
                name=member.name, person=v.link.member_name))
            if "findings" in v.link.scopes:
                inner.addWidget(_label(self.tr("No checkup yet.") if v.score is None
                                       else self.tr("Security score: {n} out of 100").format(n=v.score)))
                for f in v.todo[:5]:
                    inner.addWidget(_label("• " + guidance(f.title)))
            if "scam_history" in v.link.scopes:
                for at, _kind, verdict, excerpt in v.scam_checks[:3]:
                    inner.addWidget(_label(self.tr("{when}: {verdict}. “{excerpt}”").format(
                        when=self.when(at), verdict=verdict_text(verdict), excerpt=excerpt), selectable=True))
                if not v.scam_checks:
                    inner.addWidget(_label(self.tr("No scam checks yet.")))
            self.looks_after_box.addWidget(card)

    # -- actions: caregiver side -------------------------------------------------------------

    def make_invitation(self) -> None:
        name, folder = self.carer_name.text().strip(), self.invite_folder.text().strip()
        if not name or not folder:
            _set(self.status, self.tr("Type your name and choose the shared folder first."))
            return

        def done(inv: remote.Invitation) -> None:
            _set(self.code_label, self.tr("Code to read on the phone: {code}").format(code=inv.code))
            _set(self.status, self.tr(
                "It works once, until {when}. When your relative has typed it, press “Check the shared folder now”."
            ).format(when=self.when(inv.expires_at)))

        self._run(remote.invite, self.ctx.hearth, name, folder, done=done)

    def sync(self) -> None:
        self._run(remote.sync, self.ctx.hearth, done=self._synced)

    def _auto_sync(self) -> None:
        """Every few minutes while the window is open: read the folder if anyone shares at a distance."""
        try:
            due = self.task is None and bool(self.ctx.hearth.care.peers() or self.ctx.hearth.care.invites())
        except Exception:  # noqa: BLE001 - e.g. the database was closed as the window went away
            log.warning("caregiver page: could not look for care links; automatic reading stops", exc_info=True)
            self.timer.stop()
            return
        if due:
            self.sync()

    def _synced(self, result: remote.SyncResult) -> None:
        lines = []
        lines += [self.tr("Now following {name}.").format(name=n) for n in result.paired]
        lines += [self.tr("New update from {name}.").format(name=n) for n in result.updated]
        lines += [self.tr("{name} stopped sharing; what you had from them is deleted.").format(name=n)
                  for n in result.withdrawn]
        if result.nudges:
            lines.append(self.tr("%n new suggestion(s) from a caregiver.", "", result.nudges))
        lines += ["⚠ " + guidance(r.message) for r in result.refused]
        alerts = [guidance(a.text) for a in result.alerts]
        lines = ["⚠ " + a for a in alerts] + lines
        _set(self.status, "\n".join(lines) or self.tr("Nothing new in the shared folder."))
        if alerts:
            self.notify("\n".join(alerts))
        self.reload()

    def notify(self, text: str) -> None:
        """A tray notification (the window's reminder icon, when the desktop has a tray)."""
        self.last_alert = text
        reminders = getattr(self.window(), "reminders", None)
        tray = getattr(reminders, "tray", None)
        if tray is not None and QSystemTrayIcon.supportsMessages():
            tray.showMessage("Hearth", text, QSystemTrayIcon.MessageIcon.Warning, 20000)

    def send_nudge(self, name: str, edit: QLineEdit) -> None:
        text = edit.text()

        def done(_: Any) -> None:
            edit.clear()
            _set(self.status, self.tr("Suggestion sent to {name}.").format(name=name))
            self.reload()

        self._run(remote.nudge, self.ctx.hearth, name, text, done=done)

    # -- actions: relative side --------------------------------------------------------------

    def accept(self) -> None:
        member_id = self.share_member.currentData()
        chosen = [s for s, b in self.share_scopes.items() if b.isChecked()]
        folder, code = self.share_folder.text().strip(), self.code_edit.text().strip()
        if member_id is None or not chosen or not code or not folder:
            _set(self.status, self.tr("Choose who shares, the folder, the code and what to share first."))
            return
        name = self.share_member.currentText()
        what = guidance(scopes_text(chosen))
        if not dialogs.confirm(self, self.tr("Start sharing?"), self.tr(
                "{name} will share {what} with the caregiver who made the invitation. Passwords, codes and logins "
                "are never shared. {name} can stop at any time.").format(name=name, what=what),
                yes=self.tr("Start sharing"), no=self.tr("Not now")):
            return

        def done(link: remote.Link) -> None:
            self.code_edit.clear()
            for b in self.share_scopes.values():
                b.setChecked(False)
            _set(self.status, guidance(link.consent_sentence))
            self.reload()

        self._run(remote.accept, self.ctx.hearth, folder, name, code, chosen, done=done)

    def publish(self, link: remote.Link) -> None:
        def done(_: Any) -> None:
            _set(self.status, self.tr("Update for {caregiver} written to the shared folder.").format(
                caregiver=link.caregiver))

        self._run(remote.publish, self.ctx.hearth, link.member, done=done)

    def stop_sharing(self, link: remote.Link) -> None:
        if not dialogs.confirm(self, self.tr("Stop sharing?"), self.tr(
                "{name} will stop sharing with {caregiver}. Their copy is deleted the next time their Hearth "
                "checks the folder. Sharing again needs a new code.").format(name=link.member,
                                                                              caregiver=link.caregiver),
                yes=self.tr("Stop sharing"), no=self.tr("Keep sharing")):
            return

        def done(_: Any) -> None:
            _set(self.status, self.tr("{name} no longer shares with {caregiver}.").format(
                name=link.member, caregiver=link.caregiver))
            self.reload()

        self._run(remote.withdraw, self.ctx.hearth, link.member, link.caregiver, done=done)

    def dismiss(self, nudge_id: int) -> None:
        remote.dismiss_nudge(self.ctx.hearth, nudge_id)
        self.reload()

    # -- actions: in this household ----------------------------------------------------------

    def grant(self) -> None:
        member = self.ctx.current_member()
        carer_id = self.caregiver.currentData()
        if member is None or carer_id is None:
            return
        scopes = [s for s, b in self.scope_boxes.items() if b.isChecked()]
        if not scopes:
            _set(self.status, self.tr("Tick what the caregiver may see first."))
            return
        carer = self.caregiver.currentText()
        if not dialogs.confirm(self, self.tr("Record consent?"), self.tr(
                "{name} agrees that {carer} may see {what}, and can withdraw this at any time.").format(
                name=member.name, carer=carer, what=guidance(scopes_text(scopes))),
                yes=self.tr("Record consent"), no=self.tr("Not now")):
            return
        try:
            CareLinks(self.ctx.hearth).grant(member.id, carer_id, scopes)
            _set(self.status, self.tr("Consent recorded."))
        except UserFacingError as exc:
            _set(self.status, error_text(exc))
        self.reload()

    def withdraw_local(self) -> None:
        member = self.ctx.current_member()
        carer_id = self.caregiver.currentData()
        if member is None or carer_id is None:
            return
        try:
            CareLinks(self.ctx.hearth).withdraw(member.id, carer_id)
            _set(self.status, self.tr("Consent withdrawn."))
        except UserFacingError as exc:
            _set(self.status, error_text(exc))
        self.reload()


Page = CaregiverPage
