"""Small business: the self-audit and the e-mail domain check, for a small-business member.

The page only renders. ``app.business`` keeps the self-audit answers and gaps; ``app.email_domain``
looks up and judges the e-mail domain (``check_member`` keeps the domain and the result and updates
the to-do list). The check runs off the GUI thread through ``ctx.tasks`` with progress and Cancel.
Every item is a card: its status as an icon AND a word AND a colour (never colour alone), the plain
why, what moved since the check before, the exact record to paste with a Copy button, and the steps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import email_domain as ED
from app import presenters as P
from app import reports as R
from app import settings as S
from app.business import ANSWER_LABELS, BusinessAudit
from app.errors import UserFacingError
from app.storage.repos import Member
from checks import email_domain as E
from ui.context import UiContext
from ui.dialogs import NEXT_SAVE_PATH, ask_save_path, safe_file_name  # noqa: F401 - NEXT_SAVE_PATH: tests
from ui.i18n import guidance, word
from ui.pages.base import PageBase, error_text
from ui.widgets.flow import FlowLayout

# Set to False in tests so saved files are not opened in a viewer.
OPEN_AFTER_SAVE = [True]

# Status colours per theme (the word and the icon say it too; these only help at a glance).
STATUS_COLOURS = {
    "light": {E.GOOD: "#1b6e2a", E.ATTENTION: "#7a4f00", E.RISKY: "#a11d1d", E.UNKNOWN: "#505050"},
    "dark": {E.GOOD: "#8fd19e", E.ATTENTION: "#f0c674", E.RISKY: "#ff9b9b", E.UNKNOWN: "#c8c8c8"},
    "high_contrast": {E.GOOD: "#000000", E.ATTENTION: "#000000", E.RISKY: "#b00000", E.UNKNOWN: "#000000"},
}
MARKS = {E.GOOD: "✔", E.ATTENTION: "⚠", E.RISKY: "✖", E.UNKNOWN: "?"}


def _small(label: QLabel) -> QLabel:
    font = label.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    label.setFont(font)
    return label


def _plain(text: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ItemCard(QFrame):
    """One e-mail domain item: status (icon + word + colour), why, change since last check, record, steps."""

    def __init__(self, item: E.Item, change: str, colours: dict[str, str], icon_size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("domainCard")
        colour = colours[item.status]
        self.setStyleSheet(f"QFrame#domainCard {{ border: 2px solid {colour}; border-radius: 8px; }}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(6)

        head = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setProperty("hearthFitted", True)
        from ui import theme

        pixmap = theme.tinted_icon(f"status-{item.status}", colour, colour, icon_size).pixmap(
            QSize(icon_size, icon_size))
        if not pixmap.isNull():
            self.icon.setPixmap(pixmap)
        else:
            self.icon.setText(MARKS[item.status])
        self.icon.setAccessibleName(word(ED.STATUS_WORDS[item.status]))
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.status_word = word(ED.STATUS_WORDS[item.status])
        # plain words first; the technical name after, in small print
        plain, technical = P.domain_item_words(item.id, item.title)
        self.title = _plain(f"{MARKS[item.status]} {self.status_word} — {guidance(plain)}")
        self.title.setStyleSheet(f"color: {colour}; font-weight: 600;")
        head.addWidget(self.title, 1)
        lay.addLayout(head)
        self.technical: QLabel | None = None
        if technical:
            self.technical = _small(_plain(QCoreApplication.translate("BusinessPage", "Technical name: {name}").format(
                name=technical)))
            self.technical.setObjectName("smallPrint")
            lay.addWidget(self.technical)
        self.setAccessibleName(f"{self.status_word}: {guidance(plain)}")

        self.change = _plain(guidance(change)) if change else None
        if self.change is not None:
            font = self.change.font()
            font.setItalic(True)
            self.change.setFont(font)
            lay.addWidget(self.change)
        self.detail = _plain(guidance(item.detail), selectable=True)
        self.detail.setAccessibleName(guidance(item.detail))
        lay.addWidget(self.detail)

        self.record: QLineEdit | None = None
        self.copy_button: QPushButton | None = None
        if item.record:
            where = _plain(QCoreApplication.translate("BusinessPage", "Record to paste (TXT, name {name}):").format(
                name=item.record_name or "@"))
            lay.addWidget(where)
            row = QHBoxLayout()
            self.record = QLineEdit(item.record)
            self.record.setReadOnly(True)
            self.record.setAccessibleName(
                QCoreApplication.translate("BusinessPage", "Record to paste for {title}").format(
                    title=guidance(item.title)))
            self.record.setCursorPosition(0)
            self.record.setMinimumWidth(120)
            where.setBuddy(self.record)
            row.addWidget(self.record, 1)
            self.copy_button = QPushButton(QCoreApplication.translate("BusinessPage", "Copy"))
            self.copy_button.setAccessibleName(
                QCoreApplication.translate("BusinessPage", "Copy the record for {title}").format(
                    title=guidance(item.title)))
            self.copy_button.clicked.connect(self.copy_record)
            row.addWidget(self.copy_button)
            lay.addLayout(row)
        self.steps = None
        if item.fix:
            lines = [f"{n}. {guidance(step)}" for n, step in enumerate(item.fix, 1)]
            heading = (QCoreApplication.translate("BusinessPage", "What to do:")
                       if item.status in (E.ATTENTION, E.RISKY) else
                       QCoreApplication.translate("BusinessPage", "Steps:"))
            self.steps = _plain(heading + "\n" + "\n".join(lines), selectable=True)
            self.steps.setAccessibleName(self.steps.text())
            lay.addWidget(self.steps)
        if item.needs_it:
            lay.addWidget(_plain(QCoreApplication.translate(
                "BusinessPage", "This change is best made by whoever looks after your e-mail or website.")))

    def copy_record(self) -> None:
        if self.record is not None:
            QGuiApplication.clipboard().setText(self.item.record)
            self.copy_button.setText(QCoreApplication.translate("BusinessPage", "Copied ✔"))  # type: ignore[union-attr]


class BusinessPage(PageBase):
    """The Small business page.

    Attributes:
        audit_label, gaps_box: the self-audit's progress and its gaps (question, then the framework
            items in small print).
        domain_field, check_button, cancel_button, progress_bar, status_label: the e-mail domain check.
        cards: one ItemCard per item of the last result.
    """

    AREA = "business"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Any = None  # a gap report being saved
        self.check_task: Any = None  # the e-mail domain check
        self.last_saved: Path | None = None
        self.cards: list[ItemCard] = []
        self._domain_member: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(self.heading(self.tr("Small business")))
        self.not_business = self.paragraph(self.tr(
            "This page is for a small-business member. Choose one in \u201cChecking for\u201d, or add your business "
            "as a member with the role \u201cSmall business\u201d."))
        layout.addWidget(self.not_business)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        layout.addWidget(self.body)

        # -- self-audit ----------------------------------------------------------------------
        body.addWidget(self.heading(self.tr("Questions about how your business protects itself"), level=2))
        self.audit_label = _plain("")
        body.addWidget(self.audit_label)
        audit_row = FlowLayout()
        self.audit_button = self.button(self.tr("Answer the questions…"), self.open_audit)
        self.gaps_pdf = self.button(self.tr("What to fix, as a PDF…"), lambda: self.export_gaps("pdf"))
        self.gaps_html = self.button(self.tr("What to fix, as a web page…"), lambda: self.export_gaps("html"))
        for b in (self.audit_button, self.gaps_pdf, self.gaps_html):
            audit_row.addWidget(b)
        body.addLayout(audit_row)
        self.gaps_box = QWidget()
        self.gaps_layout = QVBoxLayout(self.gaps_box)
        self.gaps_layout.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.gaps_box)
        self.save_status = _plain("")
        self.save_status.setAccessibleName(self.tr("Gap report status"))
        body.addWidget(self.save_status)

        # -- e-mail domain -------------------------------------------------------------------
        # Plain words first (what it stops, what Hearth does); the technical names after, in small print.
        self.domain_heading = self.heading(
            self.tr("Stop others sending e-mail that pretends to be from your business"), level=2)
        body.addWidget(self.domain_heading)
        self.domain_intro = self.paragraph(self.tr(
            "Criminals send invoices and urgent requests that look as if they came from your business. A few "
            "settings of your e-mail address let other people's e-mail services spot these fakes and stop them. "
            "Hearth looks at them and says exactly what to add with your e-mail provider. Only the end of your "
            "address (the part after the @) is sent, to look them up."))
        body.addWidget(self.domain_intro)
        self.domain_technical = _small(self.paragraph(self.tr(
            "Technical names: the DNS records SPF, DKIM and DMARC of your e-mail domain (and MX and MTA-STS), "
            "asked of a DNS server.")))
        self.domain_technical.setObjectName("smallPrint")
        body.addWidget(self.domain_technical)
        field_label = QLabel(self.tr("The &end of your business e-mail address, after the @:"))
        field_label.setWordWrap(True)
        self.domain_field = QLineEdit()
        self.domain_field.setMaxLength(300)
        self.domain_field.setPlaceholderText("example.com")
        self.domain_field.setAccessibleName(self.tr("Business e-mail domain"))
        self.domain_field.returnPressed.connect(self.start_check)
        field_label.setBuddy(self.domain_field)
        body.addWidget(field_label)
        body.addWidget(self.domain_field)
        check_row = FlowLayout()
        self.check_button = self.button(self.tr("Check my business e-mail"), self.start_check)
        self.cancel_button = self.button(self.tr("Cancel"), self.cancel_check)
        self.cancel_button.setAccessibleName(self.tr("Cancel the e-mail domain check"))
        self.cancel_button.setEnabled(False)
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.cancel_button)
        body.addLayout(check_row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress of the e-mail domain check"))
        self.progress_bar.setVisible(False)
        body.addWidget(self.progress_bar)
        self.status_label = _plain("")
        self.status_label.setAccessibleName(self.tr("E-mail domain check status"))
        body.addWidget(self.status_label)
        self.summary_label = _plain("", selectable=True)
        body.addWidget(self.summary_label)
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        body.addWidget(self.cards_box)
        layout.addStretch(1)

        ctx.members_changed.connect(self.reload)
        self.reload()

    # -- data ------------------------------------------------------------------------------

    def on_member_changed(self, member: Member | None) -> None:  # noqa: ARG002
        if self.check_task is not None:
            self.cancel_check()
        self.reload()

    def on_shown(self) -> None:
        self.reload()

    def _member(self) -> Member | None:
        member = self.ctx.current_member()
        return member if member is not None and member.role == "business" else None

    def reload(self) -> None:
        member = self._member()
        self.not_business.setVisible(member is None)
        self.body.setVisible(member is not None)
        if member is None:
            return
        try:
            self._reload_audit(member)
            self._reload_domain(member)
        except UserFacingError as exc:  # the member was removed meanwhile
            self.status_label.setText(error_text(exc))

    def _reload_audit(self, member: Member) -> None:
        audit = BusinessAudit(self.ctx.hearth)
        answered, total = audit.progress(member.id)
        gaps = audit.gaps(member.id)
        if answered == 0:
            text = self.tr("Not answered yet. {total} questions about how your business protects its computers, "
                           "accounts and data; each \u201cno\u201d or \u201cpartly\u201d becomes something to fix, "
                           "with the steps.").format(total=total)
        elif gaps:
            text = self.tr("{answered} of {total} questions answered; %n gap(s) to close. Gaps also appear in the "
                           "checkup to-do list.", "", len(gaps)).format(answered=answered, total=total)
        else:
            text = self.tr("{answered} of {total} questions answered; no gaps in the answers so far.").format(
                answered=answered, total=total)
        self.audit_label.setText(text)
        self.audit_label.setAccessibleName(text)
        self.audit_button.setText(self.tr("Answer the questions…") if answered == 0
                                  else self.tr("Change my answers…"))
        self.audit_button.setAccessibleName(self.audit_button.text().rstrip("…"))
        while self.gaps_layout.count():
            w = self.gaps_layout.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        for n, gap in enumerate(gaps, 1):
            q = gap.question
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(frame)
            answer = self._answer_word(gap.answer)
            title = _plain(self.tr("{n}. {control} — you answered: {answer}").format(
                n=n, control=guidance(q.control), answer=answer))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            lay.addWidget(title)
            lay.addWidget(_plain(guidance(q.question)))
            refs = _small(_plain("; ".join(f"{fw}: {item}" for fw, item in q.refs), selectable=True))
            refs.setObjectName("smallPrint")
            refs.setAccessibleName(self.tr("Framework items: {items}").format(items=refs.text()))
            lay.addWidget(refs)
            frame.setAccessibleName(title.text())
            self.gaps_layout.addWidget(frame)
        self.gaps_box.setVisible(bool(gaps))

    def _answer_word(self, answer: str) -> str:
        label = ANSWER_LABELS.get(answer, "")
        translated = QCoreApplication.translate("BusinessAuditDialog", label)
        return translated if translated != label else guidance(label)

    def _reload_domain(self, member: Member) -> None:
        if self.check_task is not None:
            return
        saved = ED.member_domain(self.ctx.hearth, member.id)
        # what the person is typing stays, unless the page now shows another member
        if self._domain_member != member.id or not self.domain_field.hasFocus() or not self.domain_field.text():
            self.domain_field.setText(ED.display_domain(saved) if saved else "")
        self._domain_member = member.id
        self.show_report(ED.last_report(self.ctx.hearth, member.id), ED.previous_report(self.ctx.hearth, member.id))

    # -- the e-mail domain check -----------------------------------------------------------

    def start_check(self) -> None:
        member = self._member()
        if member is None or self.check_task is not None:
            return
        typed = self.domain_field.text()
        self.check_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setRange(0, 3)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.status_label.setText(self.tr("Checking… this takes a few seconds."))
        self.check_task = self.ctx.tasks.run(
            ED.check_member, self.ctx.hearth, member.id, typed,
            on_finished=self._check_finished, on_failed=self._check_failed, on_progress=self._check_progress,
            owner=self,
        )

    def cancel_check(self) -> None:
        if self.check_task is not None:
            self.check_task.cancel()
        self._reset_running()
        self.status_label.setText(self.tr("Stopped. Nothing was saved; press the button to check again."))

    def _reset_running(self) -> None:
        self.check_task = None
        self.check_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress_bar.setVisible(False)

    def _check_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)
        if text:
            self.status_label.setText(guidance(text))

    def _check_failed(self, error: BaseException) -> None:
        self._reset_running()
        self.status_label.setText("✖ " + error_text(error))
        self.domain_field.setFocus()

    def _check_finished(self, report: ED.DomainReport) -> None:
        self._reset_running()
        member = self._member()
        previous = ED.previous_report(self.ctx.hearth, member.id) if member is not None else None
        counts = {s: sum(1 for it in report.items if it.status == s) for s in E.STATUSES}
        self.status_label.setText(self.tr(
            "Finished: {risky} risky, {attention} need attention, {good} good, {unknown} couldn't check.").format(
                risky=counts[E.RISKY], attention=counts[E.ATTENTION], good=counts[E.GOOD],
                unknown=counts[E.UNKNOWN]))
        self.domain_field.setText(ED.display_domain(report.domain))
        self.show_report(report, previous)
        if member is not None:
            self._reload_audit(member)
        if self.cards:
            self.reveal(self.summary_label)

    def show_report(self, report: ED.DomainReport | None, previous: ED.DomainReport | None) -> None:
        while self.cards_layout.count():
            w = self.cards_layout.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.cards = []
        if report is None:
            self.summary_label.setText(self.tr("Not checked yet."))
            self.summary_label.setAccessibleName(self.summary_label.text())
            return
        lines = [guidance(ED.report_heading(report)), guidance(ED.report_checked(report))]
        summary = ED.recheck_summary(report, previous)
        if summary:
            lines.append(guidance(summary))
        self.summary_label.setText("\n".join(lines))
        self.summary_label.setAccessibleName(self.summary_label.text())
        from ui import theme

        settings = self.ctx.hearth.settings
        colours = theme.current_colours(settings)
        palette = ("high_contrast" if colours is theme.HIGH_CONTRAST else
                   "dark" if colours is theme.DARK else "light")
        icon_size = round(24 * settings.get(S.TEXT_SCALE))
        order = {E.RISKY: 0, E.ATTENTION: 1, E.UNKNOWN: 2, E.GOOD: 3}
        for it in sorted(report.items, key=lambda i: order[i.status]):
            card = ItemCard(it, ED.change_line(report, previous, it), STATUS_COLOURS[palette], icon_size)
            self.cards_layout.addWidget(card)
            self.cards.append(card)

    # -- self-audit and gap report -----------------------------------------------------------

    def open_audit(self) -> None:
        member = self._member()
        if member is None:
            return
        from ui.widgets.business_audit import BusinessAuditDialog

        self.audit_dialog = BusinessAuditDialog(self.ctx.hearth, member.id, self)
        self.audit_dialog.finished.connect(lambda _r: self.reload())
        self.audit_dialog.open()

    def export_gaps(self, fmt: str) -> None:
        member = self._member()
        if member is None or self.task is not None:
            return
        file_filter = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Web page (*.html)")
        path = ask_save_path(self, self.tr("Save the gap report"), f"hearth-{safe_file_name(member.name, 'business')}-gaps.{fmt}",
                             file_filter)
        if not path:
            return
        self.save_status.setText(self.tr("Saving…"))
        self.task = self.ctx.tasks.run(R.export_gaps, self.ctx.hearth, member.id, path, fmt,
                                       on_finished=self._saved, on_failed=self._save_failed, owner=self)

    def _saved(self, path: Path) -> None:
        self.task = None
        self.last_saved = Path(path)
        self.save_status.setText(self.tr("✔ Saved to {path}. Open it to print.").format(path=path))
        if OPEN_AFTER_SAVE[0]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _save_failed(self, error: BaseException) -> None:
        self.task = None
        self.save_status.setText("✖ " + error_text(error))


Page = BusinessPage
