"""One card per account in Password health: what is wrong, why it matters, one "Change it" button.

The card renders one row of ``app.passwords.account_health`` (``AccountHealth.to_dict()``); the
order of the cards is the order of the rows (worst first, as ``checks.passwords`` ranks them).
The steps to fix each problem are folded away under "Show the steps". The change-password
address is opened by the button and never shown as text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checks.base import Severity
from ui.i18n import guidance, guidance_all, word
from ui.widgets.verdict import SeverityBadge

# Opens a web address; tests replace it to see what would be opened.
open_url = QDesktopServices.openUrl


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # account names come from the imported file
    return label


class AccountCard(QFrame):
    """One account and its problems, worst first."""

    def __init__(self, row: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.row = row
        service = str(row["service"])
        problems = list(row["problems"])
        self.setAccessibleName(service)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)

        head = QHBoxLayout()
        self.title_label = _plain(service)
        self.title_label.setObjectName("cardTitle")
        head.addWidget(self.title_label, 1)
        if problems:
            worst = Severity[str(row["worst"] or problems[0]["severity"]).upper()]
            self.badge: QLabel = SeverityBadge(worst, word(worst.label))
        else:
            self.badge = QLabel("✔ " + self.tr("No problems found"))
            self.badge.setObjectName("severity")
            self.badge.setProperty("level", "ok")
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        if row.get("login_hint"):
            hint = _plain(self.tr("Signed in as {name}").format(name=row["login_hint"]))
            layout.addWidget(hint)
        if row.get("can_reset_others"):
            layout.addWidget(_plain(self.tr("Important: this account can reset the passwords of other accounts.")))

        self.problems_label = _plain("")
        self.why_label = _plain("")
        self.steps_label = _plain("")
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_label.hide()
        self.change_button: QPushButton | None = None
        self.steps_button: QPushButton | None = None
        if not problems:
            return

        layout.addWidget(self._caption(self.tr("What is wrong")))
        self.problems_label.setText("\n".join("• " + guidance(p["title"]) for p in problems))
        layout.addWidget(self.problems_label)
        layout.addWidget(self._caption(self.tr("Why it matters")))
        self.why_label.setText(guidance(problems[0]["why"]))
        layout.addWidget(self.why_label)

        buttons = QHBoxLayout()
        url = str(row.get("change_password_url") or "")
        if url:
            self.change_button = QPushButton(self.tr("Change it"))
            self.change_button.setProperty("primary", True)
            self.change_button.setAccessibleName(self.tr("Change the password for {service}").format(service=service))
            self.change_button.setToolTip(self.tr("Opens the website's page for changing your password."))
            self.change_button.clicked.connect(lambda: open_url(QUrl(url)))
            buttons.addWidget(self.change_button)
        self.steps_button = QPushButton(self.tr("Show the steps"))
        self.steps_button.setCheckable(True)
        self.steps_button.setAccessibleName(self.tr("Show the steps for {service}").format(service=service))
        self.steps_button.toggled.connect(self._on_steps_toggled)
        buttons.addWidget(self.steps_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # The step that names the change-password address says "Change it" instead (no raw addresses).
        change_step = self.tr(
            "Press “Change it” to open the page where {service} lets you change your password "
            "(or sign in to {service} and find the password settings)."
        ).format(service=service)
        parts = []
        for p in problems:
            texts = [change_step if url and url in step else step for step in guidance_all(p["fix"])]
            steps = "\n".join(f"   {n}. {s}" for n, s in enumerate(texts, 1))
            parts.append(f"{word(Severity[str(p['severity']).upper()].label)}: {guidance(p['title'])}\n"
                         f"{guidance(p['why'])}\n{steps}")
        self.steps_label.setText("\n\n".join(parts))
        layout.addWidget(self.steps_label)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _on_steps_toggled(self, shown: bool) -> None:
        self.steps_label.setVisible(shown)
        if self.steps_button is not None:
            self.steps_button.setText(self.tr("Hide the steps") if shown else self.tr("Show the steps"))
