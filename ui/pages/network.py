"""Network & devices: one button checks the router, the home network and this computer.

The page only renders: ``app.network.run_home_check`` gathers the facts and
``checks.network`` / ``checks.device`` decide. A consent line says exactly what is
contacted (this computer and the router only); the optional internet tests have their own
tick box, off for every new check. Work runs through ``ctx.tasks`` with progress and
Cancel. Every result shows an icon AND a word for its status (never colour alone), the
detail, and numbered fix steps.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import network as app_network
from app import presenters
from checks.network import Item, Status
from ui.context import UiContext
from ui.i18n import guidance, guidance_all, word
from ui.pages.base import PageBase, error_text, wrapping
from ui.plain import plain_tooltip

ICONS = presenters.ICONS
ORDER = presenters.RISK_ORDER
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def item_line(item: Item) -> str:
    """'✖ Risky — Old Telnet login on the router' (icon and word, never colour alone)."""
    return f"{ICONS[item.status]} {word(item.status.label)} — {guidance(item.title)}"


def item_details(item: Item) -> str:
    lines = [item_line(item), "", guidance(item.detail)]
    if item.fix:
        lines += [
            "",
            QCoreApplication.translate("NetworkPage", "What to do:")
            if item.status in (Status.ATTENTION, Status.RISKY)
            else QCoreApplication.translate("NetworkPage", "Steps:"),
        ]
        lines += [f"{n}. {step}" for n, step in enumerate(guidance_all(item.fix), 1)]
    if item.evidence:
        lines += ["", QCoreApplication.translate("NetworkPage", "What Hearth saw: {evidence}").format(evidence="; ".join(guidance_all(item.evidence)))]
    return "\n".join(lines)


class NetworkPage(PageBase):
    """The Network & devices page.

    Attributes:
        check_button: "Check my network and this computer".
        cancel_button: stops a running check.
        dns_tests: the optional internet tests (consent, off for each new check).
        consent_label: what will be contacted.
        progress_bar, status_label: progress of a running check, in words too.
        summary_label: counts per status after a check.
        results_list: one row per item (icon + status word + title), grouped under headers.
        details_label: the selected item's detail and numbered fix steps.
    """

    AREA = "network"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._handle: Any = None
        self.results: dict[str, list[Item]] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(10)
        outer.addWidget(self.heading(self.tr("Network & devices")))
        outer.addWidget(
            self.paragraph(
                self.tr(
                    "Hearth looks at how well your router and this computer protect your family, and says what to do, "
                    "step by step. No administrator password is needed."
                )
            )
        )
        self.consent_label = self.paragraph(guidance(app_network.CONSENT_TEXT))
        self.consent_label.setObjectName("consentLine")
        outer.addWidget(self.consent_label)

        self.dns_tests = QCheckBox(self.tr("Also run the internet tests (optional)"))
        self.dns_tests.setAccessibleName(self.tr("Also run the internet tests"))
        self.dns_tests.setAccessibleDescription(guidance(app_network.CONSENT_DNS_TEXT))
        self.dns_tests.setToolTip(guidance(app_network.CONSENT_DNS_TEXT))
        outer.addWidget(wrapping(self.dns_tests))
        dns_note = self.paragraph(guidance(app_network.CONSENT_DNS_TEXT))
        dns_note.setObjectName("hint")
        outer.addWidget(dns_note)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check my network and this computer"))
        self.check_button.setAccessibleName(self.tr("Check my network and this computer"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Progress of the check"))
        self.progress_bar.setVisible(False)
        outer.addWidget(self.progress_bar)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        outer.addWidget(self.status_label)
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("h2")
        self.summary_label.setAccessibleName(self.tr("Summary"))
        outer.addWidget(self.summary_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.results_list = QListWidget()
        self.results_list.setWordWrap(True)  # long sentences wrap instead of scrolling sideways
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setAccessibleName(self.tr("Results"))
        self.results_list.setWordWrap(True)
        self.results_list.currentItemChanged.connect(self._on_results_current_changed)
        self.results_list.setVisible(False)  # an empty white box says nothing: shown with the first results
        splitter.addWidget(self.results_list)
        # The details grow the page, which scrolls as a whole (no scroll area inside the page's own).
        self.details_label = QLabel(self.tr("Press the button above to start. Results will appear here."))
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details_label.setAccessibleName(self.tr("Details"))
        splitter.addWidget(self.details_label)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)

    # -- running ---------------------------------------------------------------------------

    def _on_check_clicked(self) -> None:
        if self._handle is not None:
            return
        consent = self.dns_tests.isChecked()
        self.dns_tests.setChecked(False)  # consent is for this check only
        self.check_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.status_label.setText(self.tr("Checking… this takes up to 15 seconds."))
        self.summary_label.setText("")
        hearth = self.ctx.hearth

        def work(cancel: Any, progress: Any) -> dict[str, list[Item]]:
            return app_network.run_home_check(hearth, consent_dns=consent, cancel=cancel, progress=progress)

        self._handle = self.ctx.tasks.run(
            work,
            on_finished=self._on_check_finished,
            on_failed=self._on_check_failed,
            on_progress=self._on_check_progress,
            owner=self,
        )

    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._reset_running()
        self.status_label.setText(self.tr("Stopped. Nothing was changed; press the button to check again."))

    def _reset_running(self) -> None:
        self._handle = None
        self.check_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress_bar.setVisible(False)

    def _on_check_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)
        if text:
            self.status_label.setText(self.tr("Checking: {0}…").format(guidance(text)))

    def _on_check_failed(self, error: BaseException) -> None:
        self._reset_running()
        self.status_label.setText(error_text(error))

    def _on_check_finished(self, results: dict[str, list[Item]]) -> None:
        self._reset_running()
        self.status_label.setText(self.tr("Finished."))
        self.show_results(results)

    # -- rendering -------------------------------------------------------------------------

    def show_results(self, results: dict[str, list[Item]]) -> None:
        self.results = results
        self.results_list.clear()
        counts = {s: 0 for s in Status}
        first: QListWidgetItem | None = None
        for key, title in (("network", self.tr("Your router and home network")), ("device", self.tr("This computer"))):
            items = presenters.in_risk_order(results.get(key) or [])
            if not items:
                continue
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown in full contrast, but not selectable
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.results_list.addItem(header)
            for item in items:
                counts[item.status] += 1
                row = QListWidgetItem(item_line(item))
                row.setData(ITEM_ROLE, item)
                row.setToolTip(plain_tooltip(guidance(item.detail)))  # may carry network names
                row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{word(item.status.label)}: {guidance(item.title)}")
                self.results_list.addItem(row)
                if first is None:
                    first = row
        self.summary_label.setText(
            self.tr("{0} risky, {1} need attention, {2} good, {3} couldn't check.").format(
                counts[Status.RISKY], counts[Status.ATTENTION], counts[Status.GOOD], counts[Status.UNKNOWN]
            )
        )
        self.results_list.setVisible(self.results_list.count() > 0)
        if first is not None:
            self.results_list.setCurrentItem(first)
        else:
            self.details_label.setText(self.tr("Nothing to show."))

    def _on_results_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        item = current.data(ITEM_ROLE) if current is not None else None
        if isinstance(item, Item):
            self.details_label.setText(item_details(item))


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("NetworkPage"), not one shared by every page.
Page = NetworkPage
