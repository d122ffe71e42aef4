"""Home: the household at a glance, and the first things a person can do."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.repos import Member
from ui.context import UiContext
from ui.dialogs import MemberDialog, confirm, role_name
from ui.pages.base import ButtonGrid, PageBase
from ui.widgets.care_nudges import NudgesCard


def _dashboard(ctx: UiContext) -> QWidget | None:
    """The household dashboard (scores, top actions, recent scam checks), once the checkup area exists."""
    try:
        from ui.widgets.dashboard import HouseholdDashboard
    except ImportError:
        return None
    return HouseholdDashboard(ctx)


class HomePage(PageBase):
    """Lists the household's members; add, edit, remove and select them."""

    AREA = "home"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(self.heading(self.tr("Welcome to Hearth")))
        self.intro = self.paragraph("")
        layout.addWidget(self.intro)

        self.actions = actions = ButtonGrid(10)
        for area, text in (
            ("scam", self.tr("Is this a scam?")),
            ("checkup", self.tr("Start a checkup")),
            ("passwords", self.tr("Check a password")),
            ("emergency", self.tr("I think I've been scammed")),
        ):
            button = QPushButton(text)
            button.setObjectName("bigAction")
            button.setAccessibleName(text)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, a=area: self.ctx.navigate.emit(a))
            actions.add(button)
        layout.addWidget(actions)
        layout.addWidget(NudgesCard(ctx))  # issue 18: a caregiver's suggestions, shared, never imposed

        # The dashboard (scores, top actions, recent scam checks) is built right after the
        # window first appears: the page is usable at once and start-up stays quick.
        self.dashboard: QWidget | None = None
        self._dashboard_slot = QVBoxLayout()
        self._dashboard_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._dashboard_slot)
        self._painted = False

        layout.addWidget(self.heading(self.tr("Your household"), level=2))
        self.empty_note = self.paragraph(
            self.tr("No one here yet. Press \u201cAdd a family member\u201d to add yourself first.")
        )
        layout.addWidget(self.empty_note)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Household members"))
        self.members.setAccessibleDescription(
            self.tr("Select a member to check things for them. Press Enter to edit, Delete to remove.")
        )
        self.members.itemActivated.connect(self._on_members_item_activated)
        self.members.currentItemChanged.connect(self._on_members_current_changed)
        self.members.installEventFilter(self)
        layout.addWidget(self.members, 1)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a family member"))
        self.add_button.setAccessibleName(self.tr("Add a family member"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected member"))
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.remove_button.clicked.connect(self.remove_member)
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self._filler = QWidget()  # takes the space the list would use while there is no one yet
        layout.addWidget(self._filler, 1)

        ctx.members_changed.connect(self.reload)
        self.reload()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._add_dashboard)

    def _add_dashboard(self) -> None:
        if self.dashboard is None:
            self.dashboard = _dashboard(self.ctx)
            if self.dashboard is not None:
                self._dashboard_slot.addWidget(self.dashboard)

    def on_shown(self) -> None:
        if self.dashboard is not None:
            self.dashboard.reload()

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.ctx.current_member()
        self.members.blockSignals(True)
        self.members.clear()
        for member in self.ctx.hearth.members.list():
            words = len(member.personal_words)
            detail = role_name(member.role)
            if words:
                detail += self.tr(" · %n personal word(s)", "", words)
            item = QListWidgetItem(f"{member.name}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{member.name}, {detail}")
            self.members.addItem(item)
            if selected and member.id == selected.id:
                self.members.setCurrentItem(item)
        self.members.blockSignals(False)
        has = self.members.count() > 0
        if has:
            self.intro.setText(
                self.tr(
                    "Hearth helps everyone at home make themselves a hard target for scammers and thieves. "
                    "Pick something to do, or see below how each person is doing."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Hearth helps everyone at home make themselves a hard target for scammers and thieves. "
                    "Start by adding the people in your household, then pick something to do."
                )
            )
        self.empty_note.setVisible(not has)
        self.members.setVisible(has)
        self._filler.setVisible(not has)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def on_member_changed(self, member: Member | None) -> None:
        for i in range(self.members.count()):
            item = self.members.item(i)
            if member and item.data(Qt.ItemDataRole.UserRole) == member.id:
                self.members.blockSignals(True)
                self.members.setCurrentItem(item)
                self.members.blockSignals(False)

    def _selected(self) -> Member | None:
        item = self.members.currentItem()
        if item is None:
            return None
        return next((m for m in self.ctx.hearth.members.list() if m.id == item.data(Qt.ItemDataRole.UserRole)), None)

    # -- actions ---------------------------------------------------------------------------

    def add_member(self) -> None:
        dialog = MemberDialog(self.ctx.hearth.members.add, parent=self)
        if dialog.exec() and dialog.member:
            self.ctx.refresh_members()
            self.ctx.select_member(dialog.member)

    def edit_member(self) -> None:
        member = self._selected()
        if member is None:
            return

        def save(name: str, role: str, words: list[str]) -> Member:
            return self.ctx.hearth.members.update(member.id, name=name, role=role, personal_words=words)

        dialog = MemberDialog(save, member, parent=self)
        if dialog.exec():
            self.ctx.refresh_members()

    def remove_member(self) -> None:
        member = self._selected()
        if member is None:
            return
        if not confirm(
            self,
            self.tr("Remove {name}?").format(name=member.name),
            self.tr(
                "Hearth will forget {name} and everything it stored about them (accounts, checkups, scam checks). "
                "This cannot be undone."
            ).format(name=member.name),
            yes=self.tr("Remove {name}").format(name=member.name),
            no=self.tr("Keep"),
        ):
            return
        try:
            self.ctx.hearth.members.remove(member.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.show_error(exc)
        self.ctx.refresh_members()

    def _on_members_item_activated(self, item: QListWidgetItem) -> None:  # noqa: ARG002
        self.edit_member()

    def _on_members_current_changed(self, current: QListWidgetItem | None, previous: object) -> None:  # noqa: ARG002
        if current is None:
            return
        member_id = current.data(Qt.ItemDataRole.UserRole)
        member = next((m for m in self.ctx.hearth.members.list() if m.id == member_id), None)
        self.ctx.select_member(member)

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (obj is self.members and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete):
            self.remove_member()
            return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]


#: The name ``ui.main_window`` looks for; the class has its own name so that its ``tr()`` texts have
#: their own translation context ("HomePage"), not one shared by every page.
Page = HomePage
