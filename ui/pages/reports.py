"""Reports: save a member's or the household's report (PDF/HTML), the printable cards, next checkup
dates and the legacy and emergency access checklist (caregiver consent is on the Caregiver page).

Everything is decided and written by ``app`` (``app.reports``, ``app.checkup``, ``app.legacy``,
``app.caregiver``); files are written off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import checkup as C
from app import reports as R
from app.errors import UserFacingError
from app.legacy import STATUS_LABELS as LEGACY_LABELS
from app.legacy import STATUSES as LEGACY_STATUSES
from app.legacy import LegacyChecklist
from app.storage.repos import Member
from ui.context import UiContext
from ui.dialogs import NEXT_SAVE_PATH, ask_save_path, safe_file_name  # noqa: F401 - NEXT_SAVE_PATH: tests
from ui.i18n import guidance, guidance_all
from ui.pages.base import ButtonGrid, PageBase, error_text
from ui.widgets.saved_file import SavedFileActions
from ui.widgets.score_chart import ScoreChart

#: Kept for older tests: saved files are no longer opened by themselves (Open and Print are offered).
OPEN_AFTER_SAVE = [True]


class ReportsPage(PageBase):
    AREA = "reports"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Any = None
        self.last_saved: Path | None = None
        # The main window puts every page in a scroll area; the page lays out directly on itself.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)

        layout.addWidget(self.heading(self.tr("Reports and printables")))
        layout.addWidget(self.paragraph(self.tr(
            "Reports are written for a non-expert and can go in a caregiver's folder. They never contain "
            "passwords, codes or your safe word.")))

        layout.addWidget(self.heading(self.tr("Reports"), level=2))
        grid = ButtonGrid()  # two columns, one when the window is narrow
        self.member_pdf = self.button(self.tr("Report for this member (PDF)…"), lambda: self.export("pdf", False))
        self.member_html = self.button(self.tr("Report for this member (web page)…"),
                                        lambda: self.export("html", False))
        self.house_pdf = self.button(self.tr("Household report (PDF)…"), lambda: self.export("pdf", True))
        self.house_html = self.button(self.tr("Household report (web page)…"), lambda: self.export("html", True))
        for button in (self.member_pdf, self.member_html, self.house_pdf, self.house_html):
            grid.add(button)
        layout.addWidget(grid)

        layout.addWidget(self.heading(self.tr("Cards to print"), level=2))
        layout.addWidget(self.paragraph(self.tr(
            "The pause card fits in a wallet: \u201c{rule}\u201d").format(rule=guidance(R.PAUSE_RULE))))
        cards = ButtonGrid()
        self.pause_button = self.button(self.tr("Pause card (PDF)…"), lambda: self.export_card("pause"))
        self.emergency_button = self.button(self.tr("Emergency contacts sheet (PDF)…"),
                                             lambda: self.export_card("emergency"))
        self.safe_word_button = self.button(self.tr("Safe word card (PDF)…"), lambda: self.export_card("safe-word"))
        for button in (self.pause_button, self.emergency_button, self.safe_word_button):
            cards.add(button)
        layout.addWidget(cards)
        word_label = QLabel(self.tr("Safe word to print (leave empty to write it by hand; Hearth does not keep it):"))
        word_label.setWordWrap(True)
        self.safe_word = QLineEdit()
        self.safe_word.setMaxLength(40)
        self.safe_word.setAccessibleName(self.tr("Safe word to print on the card"))
        word_label.setBuddy(self.safe_word)
        layout.addWidget(word_label)
        layout.addWidget(self.safe_word)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.saved_actions = SavedFileActions()  # Open and Print, once something is saved
        layout.addWidget(self.saved_actions)

        layout.addWidget(self.heading(self.tr("Next checkups"), level=2))
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)
        every_row = QHBoxLayout()
        every_label = QLabel(self.tr("Remind me every"))
        self.interval = QSpinBox()
        self.interval.setRange(7, 365)
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setAccessibleName(self.tr("Days between checkups"))
        self.interval.setValue(C.interval_days(ctx.hearth))
        every_label.setBuddy(self.interval)
        self.interval.editingFinished.connect(self._save_interval)
        every_row.addWidget(every_label)
        every_row.addWidget(self.interval)
        every_row.addStretch(1)
        layout.addLayout(every_row)
        self.chart_title = self.heading(self.tr("Score history"), level=2)
        layout.addWidget(self.chart_title)
        self.chart = ScoreChart()
        layout.addWidget(self.chart)

        layout.addWidget(self.heading(self.tr("Legacy and emergency access"), level=2))
        layout.addWidget(self.paragraph(self.tr(
            "Who can reach this person's accounts if something happens to them. Choose a status for each.")))
        self.legacy_grid = QGridLayout()
        layout.addLayout(self.legacy_grid)
        self.legacy_boxes: dict[str, QComboBox] = {}

        layout.addWidget(self.paragraph(self.tr(
            "Caregiver consent, and following a relative at a distance, are on the Caregiver page.")))
        layout.addStretch(1)

        ctx.members_changed.connect(self.reload)
        self.reload()

    # -- data ------------------------------------------------------------------------------

    def on_member_changed(self, member: Member | None) -> None:  # noqa: ARG002
        """Status lines ("Consent recorded.", "Saved to …") and the typed safe word were the previous person's."""
        self.status.setText("")
        self.saved_actions.clear()
        self.safe_word.clear()
        self.reload()

    def on_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        hearth = self.ctx.hearth
        member = self.ctx.current_member()
        members = hearth.members.list()
        now = C.utc_now()
        for b, kind in ((self.member_pdf, "PDF"), (self.member_html, self.tr("web page"))):
            b.setEnabled(member is not None)
            text = self.tr("Report for {name} ({kind})…").format(name=member.name if member else self.tr("a member"),
                                                                  kind=kind)
            b.setText(text)
            b.setAccessibleName(text.rstrip("…"))
        for b in (self.house_pdf, self.house_html):
            b.setEnabled(bool(members))
        lines = []
        for m in members:
            due = C.next_due(hearth, m.id, now)
            if not C.has_checkup(hearth, m.id):
                lines.append(self.tr("{name}: now (never had a checkup)").format(name=m.name))
            elif due <= now:
                lines.append(self.tr("{name}: due now").format(name=m.name))
            else:
                date = QLocale().toString(
                    QDate(due.year, due.month, due.day),
                    # A Qt date format: 'de' between quotes is a literal word in Spanish.
                    self.tr("d MMMM yyyy", "date format of the next checkup"),
                )
                lines.append(f"{m.name}: {date}")
        self.due_label.setText("\n".join(lines) or self.tr("No one in the household yet."))
        self.due_label.setAccessibleName(self.due_label.text())
        points = C.history(hearth, member.id) if member else []
        self.chart.set_points([(p.finished_at, p.score) for p in points])
        self._reload_legacy(member)

    def _save_interval(self) -> None:
        try:
            self.ctx.hearth.settings.set(C.CHECKUP_INTERVAL, int(self.interval.value()))
        except UserFacingError as exc:
            self.status.setText(error_text(exc))
            return
        self.reload()

    def _reload_legacy(self, member: Member | None) -> None:
        while self.legacy_grid.count():
            w = self.legacy_grid.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
        self.legacy_boxes = {}
        if member is None:
            return
        try:
            items = LegacyChecklist(self.ctx.hearth).items(member.id)
        except UserFacingError:
            return
        for row, status in enumerate(items):
            title, why = guidance(status.item.title), guidance(status.item.why)
            label = QLabel(title)
            label.setToolTip(why + "\n\n" + "\n".join(guidance_all(status.item.how)))
            box = QComboBox()
            for key in LEGACY_STATUSES:
                box.addItem(self._legacy_label(LEGACY_LABELS[key]), key)
            box.setCurrentIndex(box.findData(status.status))
            box.setAccessibleName(title)
            box.setAccessibleDescription(why)
            label.setBuddy(box)
            box.activated.connect(lambda _i, k=status.item.key, b=box: self._set_legacy(k, b.currentData()))
            self.legacy_grid.addWidget(label, row, 0)
            self.legacy_grid.addWidget(box, row, 1)
            self.legacy_boxes[status.item.key] = box

    def _legacy_label(self, label: str) -> str:
        """A legacy checklist status (``app.legacy.STATUS_LABELS``) in the interface language."""
        translated = self.tr(label)
        return translated if translated != label else guidance(label)

    def _set_legacy(self, key: str, status: str) -> None:
        member = self.ctx.current_member()
        if member is None:
            return
        try:
            LegacyChecklist(self.ctx.hearth).set(member.id, key, status)
            self.status.setText(self.tr("Saved."))
        except UserFacingError as exc:
            self.status.setText(error_text(exc))

    # -- saving ----------------------------------------------------------------------------

    def export(self, fmt: str, household: bool) -> None:
        member = self.ctx.current_member()
        if not household and member is None:
            return
        name = "household" if household else safe_file_name(member.name, "report")  # type: ignore[union-attr]
        stamp = dt.date.today().isoformat()
        file_filter = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Web page (*.html)")
        path = ask_save_path(self, self.tr("Save the report"), f"hearth-{name}-{stamp}.{fmt}", file_filter)
        if not path:
            return
        member_id = None if household else member.id  # type: ignore[union-attr]
        self._run(R.export, self.ctx.hearth, path, fmt, member_id=member_id, household=household)

    def export_card(self, card: str) -> None:
        path = ask_save_path(self, self.tr("Save the card"), f"hearth-{card}.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return
        word = self.safe_word.text() if card == "safe-word" else ""
        self._run(R.export_card, self.ctx.hearth, card, path, word=word)

    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        if self.task is not None:
            return
        self.status.setText(self.tr("Saving…"))
        self.saved_actions.clear()
        self.task = self.ctx.tasks.run(fn, *args, on_finished=self._saved, on_failed=self._failed, owner=self,
                                       **kwargs)

    def _saved(self, path: Path) -> None:
        self.task = None
        self.last_saved = Path(path)
        self.status.setText(self.tr("✔ Saved to {path}.").format(path=path))
        self.saved_actions.offer(Path(path))

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.status.setText("✖ " + error_text(error))


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("ReportsPage"), not one shared by every page.
Page = ReportsPage
